/**
 * Shapes of the template library as it crosses IPC (plain data). The template and argument-map files themselves are
 * validated by the template library; these are the views the renderer receives.
 */
import type { Deck } from '../deck';

/**
 * One card of the template gallery. `thumbnailDeck` is a deck holding only the template's first slide (with the
 * template's theme and classification), ready for `renderDeckHtml` to draw the card's thumbnail.
 */
export interface GalleryCard {
  id: string;
  name: string;
  /** One or two sentences: what the briefing is for. */
  purpose: string;
  slideCount: number;
  /** Suggested briefing length in minutes, when the template gives one. */
  estimatedMinutes?: number;
  /** Argument-map ids the template covers, with their titles for the card. */
  arguments: { id: string; title: string }[];
  thumbnailDeck: Deck;
}

/**
 * Argument maps cross IPC as parsed by the template library: the schema types of src-shared/sources/argumentMap.ts
 * (source record, arguments with claims, facts and counterpoints, each citing 1-based paragraph numbers).
 */
export type { Argument, ArgumentMap, Claim, Counterpoint, Fact } from '../sources/argumentMap';
export type { SourceRecord } from '../sources/sourceRecord';
