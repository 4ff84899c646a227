import type * as PdfLib from 'pdf-lib';
import type { PdfDocumentInfo } from './pdfDocumentInfo';
import { dedupeObjects } from './dedupeObjects';
import { setPdfOutline, type OutlineEntry } from './pdfOutline';

/** What a merge did: pages, objects merged as duplicates, bytes in and out. */
export interface MergeStats {
  pages: number;
  duplicatesRemoved: number;
  inputBytes: number;
  outputBytes: number;
}

/**
 * Merges the PDFs printed for the chunks of a large deck, in order, with pdf-lib (copyPages), then merges duplicate
 * objects (images and font files printed in more than one chunk: `dedupeObjects`), writes the outline (one entry per
 * slide) and the document info (title, author, subject, keywords, creator, producer), and saves with object streams.
 * Chromium's per-chunk tags and outlines are not carried over; internal links across chunks are lost.
 */
export async function mergePdfs(chunks: readonly Uint8Array[], outline: readonly OutlineEntry[], info: PdfDocumentInfo): Promise<{ pdf: Uint8Array; stats: MergeStats }> {
  // pdf-lib is loaded on the first merge only (a package import, so it works from sources, bundles and test runners).
  const lib: typeof PdfLib = await import('pdf-lib');
  const { PDFDocument } = lib;
  const out = await PDFDocument.create({ updateMetadata: false });
  for (const bytes of chunks) {
    const src = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = await out.copyPages(src, src.getPageIndices());
    for (const page of pages) out.addPage(page);
  }
  const duplicatesRemoved = dedupeObjects(lib, out);
  setPdfOutline(lib, out, outline);
  if (info.title) out.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) out.setAuthor(info.author);
  if (info.subject) out.setSubject(info.subject);
  if (info.keywords) out.setKeywords([info.keywords]);
  out.setCreator(info.creator ?? 'BriefDeck');
  out.setProducer(info.producer ?? 'BriefDeck (Chromium print, pdf-lib merge)');
  const now = new Date();
  out.setCreationDate(now);
  out.setModificationDate(now);
  const pdf = await out.save({ useObjectStreams: true });
  return {
    pdf,
    stats: { pages: out.getPageCount(), duplicatesRemoved, inputBytes: chunks.reduce((n, c) => n + c.byteLength, 0), outputBytes: pdf.byteLength },
  };
}
