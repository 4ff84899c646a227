import type { Deck } from '../../../../src-shared/deck';
import type { ExportOptions } from '../../../../src-shared/export';
import { buildPrintDocument, exportedSlideIndexes, planPdfPages, type PrintPage } from '../../../../src-shared/print';
import { slidePlainTitle } from '../../../../src-shared/render/slideOutline';
import { deckFontTheme } from '../../../../src-shared/render';
import { loadDeckAssets } from '../assets/deckAssets';
import { pdfInfoFor } from './deckPdfInfo';
import { setPdfDocumentInfo } from './pdfDocumentInfo';
import { compactPdf } from './compactPdf';
import type { PdfPrinter } from './pdfPrinter';
import { chunkPlan } from './printChunks';
import { withLinkTargetsOfOtherChunks } from './chunkLinkTargets';
import { mergePdfs, type MergeStats } from './mergePdfs';
import { NOTHING_TO_EXPORT, PdfExportError, slideLabel } from './pdfExportError';
import { checkSlideImages } from './slideImages';
import { checkPictureImages } from './pictureImages';

/** Progress of a PDF export: `done` of `total` printed pages, by stage. */
export interface PdfProgress {
  stage: 'rendering' | 'printing' | 'merging' | 'done';
  done: number;
  total: number;
}

export interface PdfJobOptions {
  signal?: AbortSignal;
  onProgress?(progress: PdfProgress): void;
  /** Print in chunks of this many pages whatever the deck's size (tests and benchmarks). */
  forceChunkPages?: number;
}

/** The result: PDF bytes, the page count, and the merge figures when the deck printed in chunks. */
export interface PdfJobResult {
  pdf: Uint8Array;
  pageCount: number;
  chunks: number;
  merge?: MergeStats;
}

function slidesOf(pages: readonly PrintPage[]): number[] {
  return [...new Set(pages.flatMap((p) => (p.kind === 'handout' ? p.cells.map((c) => c.slide) : [p.slide])))];
}

/**
 * Exports a deck as PDF with the export dialog's options (never modifies the deck): every layout and paper prints the
 * print document (`buildPrintDocument`) of the page plan: the renderer's slide markup with no reveal.js to load or lay
 * out, and the very document the pre-export check measures (so the CLI's printer prints it without loading it again).
 * Small decks print in one call, then the outline and document info are added by incremental update; decks over the
 * chunk threshold print in chunks (`chunkPlan`) merged with pdf-lib (`mergePdfs`: duplicate objects merged, one
 * outline entry per slide, document info).
 * Every layout prints tagged (`tagged: true`: the structure tree Chromium builds from the HTML semantics, kept by the
 * merge). Progress is reported per chunk; `signal` cancels between and during prints; there is no time limit. Failures:
 * PdfExportError — 'empty' (NOTHING_TO_EXPORT) at once, before any print, when the plan has no page; 'cancelled'; 'slide' naming the slide (a bad background image, or a print that fails on that
 * slide alone, found by printing the failing chunk's slides one by one); 'print' for anything else.
 */
export async function runPdfExport(deck: Deck, options: ExportOptions, printer: PdfPrinter, job: PdfJobOptions = {}): Promise<PdfJobResult> {
  const { signal, onProgress } = job;
  const cancelled = () => {
    if (signal?.aborted) throw new PdfExportError('cancelled', 'Export cancelled.');
  };
  const plan = planPdfPages(deck, options);
  const total = plan.length;
  if (total === 0) throw new PdfExportError('empty', NOTHING_TO_EXPORT);
  onProgress?.({ stage: 'rendering', done: 0, total });
  checkSlideImages(deck, exportedSlideIndexes(deck, options));
  checkPictureImages(deck, exportedSlideIndexes(deck, options));
  cancelled();
  const info = pdfInfoFor(deck, { includeHidden: options.includeHidden && !options.audience, audience: options.audience });
  const chunks = chunkPlan(deck, plan, job.forceChunkPages ? { maxPages: job.forceChunkPages } : undefined);
  const assets = loadDeckAssets(deckFontTheme(deck), false);

  const printPages = async (pages: PrintPage[], outline: boolean): Promise<Uint8Array> => {
    const html = buildPrintDocument(deck, options, assets, pages).html;
    // A chunk keeps its links to slides and endnotes printed in other chunks; the merge points them at their pages.
    return printer.print(chunks.length > 1 ? withLinkTargetsOfOtherChunks(html) : html, { outline, tagged: true, readyTimeoutMs: 0, signal });
  };

  const printed: Uint8Array[] = [];
  let done = 0;
  for (const pages of chunks) {
    cancelled();
    onProgress?.({ stage: 'printing', done, total });
    // Tagged always (headings, lists, tables, figures with alt text, /Lang: bench/RESULTS.md measured tagging at
    // 1.00–1.06× the untagged CPU). The outline is never Chromium's: added below by incremental update or merge.
    printed.push(await printOrName(deck, pages, () => printPages(pages, false), (p) => printPages(p, false), signal));
    done += pages.length;
  }
  cancelled();
  if (printed.length === 1) {
    onProgress?.({ stage: 'done', done: total, total });
    // Object streams: the tags Chromium writes as plain-text objects would otherwise double the file (compactPdf).
    return { pdf: await compactPdf(setPdfDocumentInfo(printed[0], info, outlineOf(deck, plan))), pageCount: total, chunks: 1 };
  }
  onProgress?.({ stage: 'merging', done: total, total });
  const outline = outlineOf(deck, plan);
  const { pdf, stats } = await mergePdfs(printed, outline, info);
  cancelled();
  onProgress?.({ stage: 'done', done: total, total });
  return { pdf, pageCount: stats.pages, chunks: printed.length, merge: stats };
}

/**
 * Prints `pages`; if that fails (and was not cancelled), prints each slide of them on its own to find the one that
 * fails, and throws PdfExportError('slide') naming it, or PdfExportError('print') when every slide prints alone.
 */
async function printOrName(
  deck: Deck,
  pages: PrintPage[],
  print: () => Promise<Uint8Array>,
  printAlone: (pages: PrintPage[]) => Promise<Uint8Array>,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  try {
    return await print();
  } catch (error) {
    if (signal?.aborted) throw new PdfExportError('cancelled', 'Export cancelled.', undefined, { cause: error });
    if (error instanceof Error && error.name === 'ChromiumNotFoundError') throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    for (const slide of slidesOf(pages)) {
      const own = pages.filter((p) => (p.kind === 'handout' ? p.cells.some((c) => c.slide === slide) : p.slide === slide));
      try {
        await printAlone(own);
      } catch (inner) {
        if (signal?.aborted) throw new PdfExportError('cancelled', 'Export cancelled.', undefined, { cause: inner });
        throw new PdfExportError('slide', `${slideLabel(slide, deck.slides[slide].title)} could not be printed: ${reason}`, slide, { cause: inner });
      }
    }
    throw new PdfExportError('print', `PDF printing failed: ${reason}`, undefined, { cause: error });
  }
}

/**
 * The outline of a merged PDF: one entry per slide at its first page (slides and notes layouts: the slide's title,
 * or "Slide n"), or one per handout page ("Page 3: slides 7–9").
 */
function outlineOf(deck: Deck, plan: readonly PrintPage[]): { title: string; pageIndex: number }[] {
  const entries: { title: string; pageIndex: number }[] = [];
  let last = -1;
  plan.forEach((p, pageIndex) => {
    if (p.kind === 'handout') {
      const nums = p.cells.map((c) => c.slide + 1);
      entries.push({ title: `Page ${pageIndex + 1}: slides ${nums[0]}${nums.length > 1 ? `–${nums[nums.length - 1]}` : ''}`, pageIndex });
    } else if ((p.kind === 'slide' || p.kind === 'notes-slide') && p.slide !== last) {
      last = p.slide;
      entries.push({ title: slidePlainTitle(deck.slides[p.slide], deck, p.slide + 1), pageIndex });
    }
  });
  return entries;
}
