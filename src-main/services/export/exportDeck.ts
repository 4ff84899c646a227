import type { Deck } from '../../../src-shared/deck';
import { deckForExport, type ExportOptions } from '../../../src-shared/export';
import { exportsHidden } from '../../../src-shared/print';
import { deckToMarkdown } from '../../../src-shared/markdown';
import { visibleSlides } from '../../../src-shared/render/markup/visibleSlides';
import { exportHtml } from './exportHtml';
import { runPdfExport, type PdfProgress } from './pdf/runPdfExport';
import type { PdfPrinter } from './pdf/pdfPrinter';

/** What `exportDeck` made: the file's bytes (or UTF-8 text), its page count (PDF) and the number of slides in it. */
export interface ExportedDeck {
  output: string | Uint8Array;
  /** PDF only: the printed pages. */
  pageCount?: number;
  /** Slides in the file: the exported ones (reveal.js Markdown keeps hidden slides, marked, unless an audience copy). */
  slideCount: number;
}

/** Progress and cancel of one export (the app's export:run; the CLI passes none). */
export interface ExportDeckJob {
  signal?: AbortSignal;
  onProgress?(progress: PdfProgress): void;
}

/** Thrown when a PDF is asked for and no printer was given (the caller maps it to its own failure). */
export class NoPrinterError extends Error {
  constructor() {
    super('PDF export needs a printer, and none is configured');
    this.name = 'NoPrinterError';
  }
}

/**
 * The one export dispatcher, used by the app's `export:run` (exportRunner.ts) and the CLI's `briefdeck export`:
 * deck, options (src-shared/export ExportOptions, format included) and a printer (PDF only) -> the file's bytes.
 * PDF: `runPdfExport` (every layout, paper, build steps, chunked printing, progress per chunk, cancel); HTML:
 * `exportHtml` (one self-contained file); PPTX: `exportPptx`; md: `deckToMarkdown` (reveal.js Markdown). The other
 * formats report one 'rendering' step before they run. Review comments are taken out first (`deckForExport`) except
 * for a review copy PDF. Never writes a file and never changes the deck.
 * @throws NoPrinterError for PDF without a printer; the exporters' own errors (PdfExportError, image errors) as is.
 */
export async function exportDeck(given: Deck, options: ExportOptions, printer: PdfPrinter | undefined, job: ExportDeckJob = {}): Promise<ExportedDeck> {
  // Review comments reach no exporter unless a review copy (PDF) asks for them, and never an audience copy.
  const deck = deckForExport(given, { audience: options.audience, reviewComments: options.format === 'pdf' && options.reviewComments });
  const chosen = { audience: options.audience, includeHidden: exportsHidden(options) };
  const slideCount = options.format === 'md' && !options.audience ? deck.slides.length : visibleSlides(deck, chosen).length;
  if (options.format === 'pdf') {
    if (!printer) throw new NoPrinterError();
    const r = await runPdfExport(deck, options, printer, job);
    return { output: r.pdf, pageCount: r.pageCount, slideCount };
  }
  job.onProgress?.({ stage: 'rendering', done: 0, total: deck.slides.length });
  switch (options.format) {
    case 'html':
      return { output: exportHtml(deck, chosen), slideCount };
    case 'pptx':
      // Loaded for a PowerPoint export only: it brings sharp and jsdom (the SVG check), ~1 s of module loading that a
      // PDF, HTML or Markdown export must not pay.
      return { output: await (await import('./pptx/exportPptx')).exportPptx(deck, chosen), slideCount };
    case 'md':
      return { output: deckToMarkdown(deck, { audience: options.audience }), slideCount };
  }
}
