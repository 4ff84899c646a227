import type * as PdfLib from 'pdf-lib';

/**
 * Rewrites a printed PDF with object streams (ISO 32000-1, 7.5.7), keeping every object: pages, links and named
 * destinations, the structure tree, outline, document info and /ID. Chromium writes each structure element as a
 * plain-text object, which made a tagged PDF 1.8–2.5× the untagged size; compressed together they add 3–13% on text
 * slides (bench/RESULTS.md), within the tagged-PDF budget of 1.2× (docs/performance.md). Throws pdf-lib's error for
 * a PDF it cannot parse.
 */
export async function compactPdf(pdf: Uint8Array): Promise<Uint8Array> {
  const lib: typeof PdfLib = await import('pdf-lib');
  const doc = await lib.PDFDocument.load(pdf, { updateMetadata: false });
  return doc.save({ useObjectStreams: true });
}
