import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SourceDraft } from '../../../../src-shared/sources/import';
import { blocksOfHtml, type WalkElement } from './htmlBlocks';
import { htmlMetadata, type MetadataDocument } from './htmlMetadata';
import { isoDate } from './metadataValues';
import { SourceReadError } from './sourceReadError';

/**
 * Elements removed before Readability sees the page. Nothing in a saved page runs or loads: linkedom builds a DOM
 * only (it has no script engine, no resource loader and no network code: an `<img>`, `<link rel="stylesheet">` or
 * `<script src>` is just an element, and an `onerror` attribute is just a string). They are removed anyway so their
 * text (a script's source, a style sheet) can never end up in a paragraph, and so that no later code that serialises
 * the article could hand them to a renderer.
 */
const INERT_REMOVED = 'script, style, noscript, template, link, iframe, frame, frameset, object, embed, base, svg, canvas, form';

/** The decoded page: UTF-8 (BOM dropped), or the `<meta charset>` the page declares when it is not UTF-8. */
export function decodeHtml(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
    try {
      if (label && !/^utf-?8$/i.test(label)) return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      // An unknown label or bytes that are not in it: refused below like any non-text file.
    }
    throw new SourceReadError('not-text', `${fileName} is not text in UTF-8 or in the encoding it declares: save the page again as "Web Page, HTML only" and import that`);
  }
}

/**
 * Reads a saved web page into a draft: metadata from `<meta>` and JSON-LD (htmlMetadata, falling back to what
 * Readability found), the article body found by Readability (Mozilla's reader view), then its blocks
 * (blocksOfHtml). Images are dropped with a warning. When Readability finds no article, the whole `<body>` is
 * walked and a warning says so.
 * @throws SourceReadError 'empty' when the page has no text.
 */
export function readHtml(bytes: Uint8Array, fileName: string): SourceDraft {
  const { document } = parseHTML(decodeHtml(bytes, fileName));
  const metadata = htmlMetadata(document as unknown as MetadataDocument);
  for (const el of Array.from(document.querySelectorAll(INERT_REMOVED))) el.remove();
  const images = document.querySelectorAll('img, picture').length;
  const body = document.body as unknown as WalkElement | null;
  const fallback = body ? blocksOfHtml(body) : [];
  const article = new Readability<WalkElement>(document as unknown as Document, { keepClasses: true, serializer: (node) => node as unknown as WalkElement }).parse();
  const warnings: string[] = [];
  let blocks = article?.content ? blocksOfHtml(article.content) : [];
  if (blocks.length === 0) {
    blocks = fallback;
    if (blocks.length > 0) warnings.push('no article body found: every text of the page is listed; leave out what is not the article');
  }
  if (blocks.length === 0) throw new SourceReadError('empty', `${fileName} has no text to import: open it in a browser to check it is the article, save it again and import that`);
  if (images > 0) warnings.push(`${images} image${images === 1 ? '' : 's'} dropped: a source is cited by its text`);
  return {
    format: 'html',
    fileName,
    metadata: {
      title: metadata.title || (article?.title ?? '').trim(),
      authors: metadata.authors.length > 0 ? metadata.authors : [(article?.byline ?? '').replace(/^by\s+/i, '').trim()].filter(Boolean),
      publisher: metadata.publisher || (article?.siteName ?? '').trim(),
      date: metadata.date || isoDate(article?.publishedTime),
      url: metadata.url,
    },
    blocks,
    warnings,
  };
}
