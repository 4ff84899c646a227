import JSZip from 'jszip';
import { DOMParser, parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import type { SourceDraft, SourceMetadata } from '../../../../src-shared/sources/import';
import { blocksOfHtml, type WalkElement } from './htmlBlocks';
import { isoDate } from './metadataValues';
import { SourceReadError } from './sourceReadError';

const damaged = (fileName: string, cause?: unknown) =>
  new SourceReadError('damaged', `${fileName} is not a readable Word document: open it in Word or LibreOffice, save it again as .docx and import that`, { cause });

/**
 * The core properties of a DOCX (`docProps/core.xml`, ECMA-376 Part 2 §11 / Dublin Core): `dc:title`, each
 * `dc:creator` (several names may be separated by ";"), `dcterms:created` (ISO date-time, its day kept). The file
 * may be missing: then every field is empty. Word documents carry no publisher or URL there.
 */
async function coreProperties(zip: JSZip): Promise<SourceMetadata> {
  const metadata: SourceMetadata = { title: '', authors: [], publisher: '', date: '', url: '' };
  const xml = await zip.file('docProps/core.xml')?.async('string');
  if (!xml) return metadata;
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const text = (tag: string) => Array.from(doc.getElementsByTagName(tag)).map((e) => (e.textContent ?? '').trim());
  metadata.title = text('dc:title')[0] ?? '';
  metadata.authors = text('dc:creator').flatMap((c) => c.split(';')).map((a) => a.trim()).filter(Boolean);
  metadata.date = isoDate(text('dcterms:created')[0]);
  return metadata;
}

/**
 * mammoth's style map additions: Word's built-in Title paragraph style (a style named by its w:name, ECMA-376 Part 1
 * §17.7 Styles; Word names it "Title") has no mapping in mammoth's defaults, so without this the document's title
 * would be read as a short body paragraph. It becomes an h1 marked `title`, so the numbering rule can drop it as the
 * title and the reader can fall back to it when the core properties have none.
 */
const STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh"];

/**
 * Reads a Word document: mammoth turns it into HTML (Word's Heading 1..6 styles become h1..h6, the Title style an
 * h1 too (STYLE_MAP), footnotes and endnotes a list at the end, their reference marks links to them), then the HTML
 * block walk (blocksOfHtml) makes the blocks, the notes becoming `end` and `note` and their marks dropped. Images
 * are never converted (their bytes are not read) and are counted in a warning; mammoth's `externalFileAccess` stays
 * off, so a document that links to other files cannot make it read them. Metadata from the core properties; the
 * title from the first Title paragraph when the core properties have none.
 * @throws SourceReadError 'damaged' (not a zip, no word/document.xml, or mammoth cannot read it), 'empty'.
 */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<SourceDraft> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw damaged(fileName, error);
  }
  if (!zip.file('word/document.xml')) throw damaged(fileName);
  let images = 0;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        externalFileAccess: false,
        styleMap: STYLE_MAP,
        convertImage: mammoth.images.imgElement(() => {
          images++;
          return Promise.resolve({ src: '' });
        }),
      },
    );
    html = result.value;
  } catch (error) {
    throw damaged(fileName, error);
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = blocksOfHtml(document.body as unknown as WalkElement);
  if (blocks.length === 0) throw new SourceReadError('empty', `${fileName} has no text: check it is the right document`);
  const warnings = images > 0 ? [`${images} image${images === 1 ? '' : 's'} dropped: a source is cited by its text`] : [];
  const metadata = await coreProperties(zip);
  metadata.title ||= (document.querySelector('h1.title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { format: 'docx', fileName, metadata, blocks, warnings };
}
