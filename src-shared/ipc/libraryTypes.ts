/**
 * Shapes of the template library as it crosses IPC (plain data). The template and argument-map files themselves are
 * validated by the template library (helper A); these are the views the renderer receives.
 */
import type { Deck, Source } from '../deck';

/**
 * One card of the template gallery. `thumbnailDeck` is a deck holding only the template's first slide (with the
 * template's theme and classification), ready for `renderDeckHtml` to draw the card's thumbnail.
 */
export interface TemplateSummary {
  id: string;
  name: string;
  /** One or two sentences: what the briefing is for. */
  purpose: string;
  slideCount: number;
  /** Argument-map ids the template covers, with their titles for the card. */
  arguments: { id: string; title: string }[];
  thumbnailDeck: Deck;
}

/** A claim or dated fact of an argument, with the source paragraph numbers it rests on (1-based). */
export interface ArgumentPoint {
  id: string;
  text: string;
  paragraphs: number[];
  /** Facts carry a date (ISO 8601 or free text such as "Oct 2023"). */
  date?: string;
}

/** One argument of an argument map: summary in our words, claims, evidence and counterpoints. */
export interface ArgumentEntry {
  id: string;
  title: string;
  summary: string;
  claims: ArgumentPoint[];
  evidence: ArgumentPoint[];
  counterpoints: ArgumentPoint[];
  /** Fields the library adds beyond these are passed through. */
  [extra: string]: unknown;
}

/** An argument map: one source and the arguments drawn from it (templates/arguments/<source-id>.json). */
export interface ArgumentMap {
  source: Source;
  arguments: ArgumentEntry[];
  [extra: string]: unknown;
}
