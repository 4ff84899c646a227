/**
 * PDF export jobs: `runPdfExport(deck, options, printer, { signal, onProgress })` with every layout of the export
 * dialog, progress and cancel, no time limit, chunked printing of large decks merged with pdf-lib (`mergePdfs`), and
 * failures that name the slide (`PdfExportError`).
 */
export { runPdfExport, type PdfJobOptions, type PdfJobResult, type PdfProgress } from './runPdfExport';
export { NOTHING_TO_EXPORT, PdfExportError, slideLabel } from './pdfExportError';
export { mergePdfs, type MergeStats } from './mergePdfs';
export { chunkPlan, CHUNK_MAX_PAGES, CHUNK_THRESHOLD_PAGES, CHUNK_MAX_IMAGE_BYTES } from './printChunks';
export { checkSlideImages } from './slideImages';
export { setPdfOutline, type OutlineEntry } from './pdfOutline';
