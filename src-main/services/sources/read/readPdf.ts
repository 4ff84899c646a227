import type { SourceDraft, SourceMetadata } from '../../../../src-shared/sources/import';
import { isoDate } from './metadataValues';
import { pdfBlocks, dropRunningLines } from './pdfBlocks';
import { pageLines, type PdfPageText, type PdfTextItem } from './pdfLines';
import { SourceReadError } from './sourceReadError';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdfjs's legacy build (the one for Node) with its worker code loaded into this thread: with
 * `globalThis.pdfjsWorker` set, pdfjs runs its "fake worker" in the same thread instead of looking up and starting
 * `pdf.worker.mjs` by a path (which a bundle moves), so no worker thread or file lookup is involved.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

/** The info dictionary's Title, Author (names separated by ";" or " and ") and CreationDate (a PDF date). */
function infoMetadata(info: Record<string, unknown>): SourceMetadata {
  const str = (k: string) => (typeof info[k] === 'string' ? (info[k] as string).trim() : '');
  return {
    title: str('Title'),
    authors: str('Author')
      .split(/\s*;\s*|\s+and\s+/)
      .map((a) => a.trim())
      .filter(Boolean),
    publisher: '',
    date: isoDate(str('CreationDate')),
    url: '',
  };
}

/**
 * Reads a PDF: pdfjs gives each page's text runs (getTextContent), which become lines in reading order (pageLines:
 * two columns read left then right), lose their running headers, footers and page numbers (dropRunningLines), and
 * become headings and paragraphs (pdfBlocks). Metadata from the info dictionary. pdfjs gets the bytes (never a URL)
 * and runs with `isEvalSupported: false` (no code generated from the file's fonts or functions), `disableFontFace`
 * and `useSystemFonts: false` (no fonts loaded), and no font, CMap or wasm location, so it reads nothing but the
 * bytes given and fetches nothing.
 * @throws SourceReadError 'encrypted' (a password is needed), 'scanned' (pages but no text: it needs OCR),
 *   'damaged' (pdfjs cannot parse it), 'empty' (no pages).
 */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<SourceDraft> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  // pdfjs takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, disableAutoFetch: true, disableStream: true, enableXfa: false, verbosity: VerbosityLevel.ERRORS });
  try {
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (error) {
      if ((error as Error)?.name === 'PasswordException') throw new SourceReadError('encrypted', `${fileName} is password-protected: remove the password and import it again`, { cause: error });
      throw new SourceReadError('damaged', `${fileName} is a damaged PDF that cannot be read: open it in a PDF viewer, save or print it as a new PDF and import that`, { cause: error });
    }
    if (doc.numPages === 0) throw new SourceReadError('empty', `${fileName} has no pages: check it is the right file`);
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view;
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        const [a, b, c, d, e, f] = it.transform as number[];
        items.push({ str: it.str, x: e - page.view[0], y: f - page.view[1], width: it.width, size: Math.hypot(c, d) || Math.hypot(a, b) });
      }
      pages.push({ width: width - page.view[0], height: height - page.view[1], items });
      page.cleanup();
    }
    const textless = textlessPages(pages);
    if (textless.length === pages.length) {
      throw new SourceReadError('scanned', `${fileName} has no text layer (a scanned document?): run OCR on it first (e.g. ocrmypdf) and import the result`);
    }
    const { lines, dropped } = dropRunningLines(pages.map((p, i) => ({ height: p.height, lines: pageLines(p, i + 1) })));
    const blocks = pdfBlocks(lines);
    if (blocks.length === 0) throw new SourceReadError('empty', `${fileName} has no text besides page headers and numbers: check it is the right file`);
    const { info } = await doc.getMetadata();
    const warnings = [
      ...(dropped > 0 ? [`${dropped} running header, footer and page number line${dropped === 1 ? '' : 's'} dropped`] : []),
      ...textlessPagesWarning(textless),
    ];
    return { format: 'pdf', fileName, metadata: infoMetadata((info ?? {}) as Record<string, unknown>), blocks, warnings };
  } finally {
    await task.destroy();
  }
}

/** The 1-based numbers of the pages with no text at all (no text layer: a scanned page, an image). */
function textlessPages(pages: readonly PdfPageText[]): number[] {
  return pages.flatMap((p, i) => (p.items.every((it) => it.str.trim() === '') ? [i + 1] : []));
}

/**
 * The warning for a PDF that mixes text pages with pages that have no text layer (`blank`, from textlessPages: a
 * scanned insert, an annex of images): their words cannot be cited, and the user should know before numbering the
 * rest. Empty when every page has text (a PDF with none at all is refused as scanned).
 */
function textlessPagesWarning(blank: readonly number[]): string[] {
  if (blank.length === 0) return [];
  const list = blank.length === 1 ? `page ${blank[0]} has` : `pages ${blank.slice(0, -1).join(', ')} and ${blank.at(-1)} have`;
  return [`${list} no text layer (scanned?) and ${blank.length === 1 ? 'is' : 'are'} left out: run OCR on the PDF (e.g. ocrmypdf) to cite ${blank.length === 1 ? 'it' : 'them'}`];
}
