/**
 * The printing port: turns a deck's print document (from `buildDeckDocument(deck, { mode: 'print', … })`) into PDF
 * bytes in ONE print call. Contract for adapters:
 * - load the HTML with no network access (every request refused);
 * - wait until `<html data-bd-print-ready="true">` (set after reveal.js's `pdf-ready` and `document.fonts.ready`);
 * - print with the CSS page size (`preferCSSPageSize`: 1280×720 px = 13.333×7.5 in), backgrounds, no margins;
 * - ask the engine for a document outline from the slide headings when `outline` is true (Chromium: Playwright
 *   `page.pdf({ outline, tagged })`, Electron `printToPDF({ generateDocumentOutline })`).
 * Adapters: `ChromiumPrinter` (CLI, tests; playwright-core) and `src-main/electron/printToPdfPrinter.ts` (the app).
 */
export interface PdfPrintOptions {
  outline: boolean;
  /**
   * Ask for a tagged PDF (a structure tree built from the HTML: headings, lists, tables, figures with their alt text,
   * in the document's reading order; Chromium: `page.pdf({ tagged })`, Electron `printToPDF({ generateTaggedPDF })`).
   * Default: the same as `outline` (the engine's outline is built from the tags).
   */
  tagged?: boolean;
  /** Milliseconds to wait for the document to be laid out before failing; default 120000 (no fixed short cap). */
  readyTimeoutMs?: number;
  /**
   * Aborts the print (export:cancel): the adapter stops loading or printing and rejects with an AbortError.
   * Added for export jobs (src-main/services/export/pdfJobs); `readyTimeoutMs: 0` means no time limit.
   */
  signal?: AbortSignal;
}

export interface PdfPrinter {
  print(html: string, options: PdfPrintOptions): Promise<Uint8Array>;
  /** Releases the engine (browser process, window). Safe to call twice. */
  close?(): Promise<void>;
}

/** The attribute the print document sets on `<html>` when it is ready to print. */
export const PRINT_READY_SELECTOR = 'html[data-bd-print-ready="true"]';
