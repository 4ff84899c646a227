import type { Deck } from '../../../src-shared/deck';
import { buildDeckDocument, slideOutline, visibleSlides } from '../../../src-shared/render';
import { loadDeckAssets } from './deckAssets';
import type { SlideChoice } from './exportHtml';
import { setPdfDocumentInfo, type PdfDocumentInfo } from './pdfDocumentInfo';
import type { PdfPrinter } from './pdfPrinter';
import { NOTHING_TO_EXPORT, PdfExportError } from './pdfJobs/pdfExportError';

/** PDF export options: those of every export, plus print-only ones. */
export interface PdfExportOptions extends SlideChoice {
  /** One page per build step (fragment state) instead of one page per slide. Default false. */
  buildSteps?: boolean;
}

/** The print document of a deck: reveal's print view, no speaker notes in the markup (they are never printed here). */
export function pdfPrintHtml(deck: Deck, options: PdfExportOptions = {}): string {
  return buildDeckDocument(deck, {
    mode: 'print',
    assets: loadDeckAssets(deck.theme, false),
    includeHidden: options.includeHidden === true,
    includeNotes: false,
    buildSteps: options.buildSteps === true,
  });
}

/**
 * PDF metadata of a deck: title, author, subject (the subtitle; empty, so left out of the PDF, when there is none:
 * never a copy of the title), keywords (classification banner
 * text and the argument ids of the exported slides), creator. Never includes speaker notes.
 */
export function pdfInfoFor(deck: Deck, options: SlideChoice = {}): PdfDocumentInfo {
  const argumentIds = [...new Set(visibleSlides(deck, options).flatMap((s) => s.argumentIds))];
  return {
    title: deck.title,
    author: deck.author,
    subject: deck.subtitle.trim(),
    keywords: [deck.classification.text, ...argumentIds].filter((k) => k.trim() !== '').join('; '),
    creator: 'BriefDeck',
    producer: 'BriefDeck (Chromium print)',
  };
}

/**
 * The deck as PDF bytes: one print call of reveal.js's print view (one 13.333×7.5 in page per exported slide, or
 * per build step with `buildSteps`; the banner on each; fonts embedded), then ONE incremental update that sets the
 * document info and the outline (one bookmark per slide, `slideOutline`). Chromium's own outline is not asked for:
 * it needs a tagged PDF, which makes page.pdf 2–3× slower and the file twice as big. Never modifies the deck.
 * Throws PdfExportError('empty') before printing when no slide is exported; errors from the printer propagate.
 */
export async function exportPdf(deck: Deck, options: PdfExportOptions, printer: PdfPrinter): Promise<Uint8Array> {
  if (visibleSlides(deck, options).length === 0) throw new PdfExportError('empty', NOTHING_TO_EXPORT);
  const html = pdfPrintHtml(deck, options);
  const pdf = await printer.print(html, { outline: false });
  const renderOptions = { includeHidden: options.includeHidden === true, buildSteps: options.buildSteps === true };
  return setPdfDocumentInfo(pdf, pdfInfoFor(deck, options), slideOutline(deck, renderOptions));
}
