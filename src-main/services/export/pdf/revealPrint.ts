import type { Deck } from '../../../../src-shared/deck';
import { buildDeckDocument, deckFontTheme, visibleSlides } from '../../../../src-shared/render';
import { loadDeckAssets } from '../assets/deckAssets';
import type { SlideChoice } from '../../../../src-shared/export';
import type { PdfDocumentInfo } from './pdfDocumentInfo';

/** Options of the reveal.js print view: the slides chosen, and build steps. */
export interface RevealPrintOptions extends SlideChoice {
  /** One page per build step (fragment state) instead of one page per slide. Default false. */
  buildSteps?: boolean;
}

/**
 * The print document of a deck as reveal.js's print view prints it (`?view=print`; `pdfSeparateFragments` with
 * `buildSteps`): one 13.333×7.5 in page per exported slide, the banner on each, fonts embedded, no speaker notes in
 * the markup. `runPdfExport` prints small slide decks on 16:9 paper through it; the CLI's `--format print-html`
 * writes it for debugging and bench/.
 */
export function pdfPrintHtml(deck: Deck, options: RevealPrintOptions = {}): string {
  return buildDeckDocument(deck, {
    mode: 'print',
    assets: loadDeckAssets(deckFontTheme(deck), false),
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
