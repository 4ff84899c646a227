/**
 * Exporters (Node side): `exportHtml`, `exportPdf` through a `PdfPrinter` (`ChromiumPrinter` for the CLI), the
 * shared asset loader and atomic output writes.
 */
export { exportHtml, type SlideChoice } from './exportHtml';
export { exportPdf, pdfPrintHtml, pdfInfoFor, type PdfExportOptions } from './exportPdf';
export type { PdfPrinter, PdfPrintOptions } from './pdfPrinter';
export { PRINT_READY_SELECTOR } from './pdfPrinter';
export { loadDeckAssets } from './deckAssets';
export { writeOutputFile } from './writeOutputFile';
export { setPdfDocumentInfo, type PdfDocumentInfo } from './pdfDocumentInfo';
export { findChromium, ChromiumNotFoundError } from './findChromium';
export { ChromiumPrinter, CHROMIUM_ARGS } from './chromiumPrinter';
