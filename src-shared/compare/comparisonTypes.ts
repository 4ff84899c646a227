import type { JudgmentStand } from '../deck';
import type { DiffRun } from './wordDiff';

/** A slide on one side of a comparison: its 0-based index in that deck, id, layout and title. */
export interface SlideRef {
  index: number;
  id: string;
  layout: string;
  title: string;
}

/**
 * A text change inside a slide. `field` is the statement's path on the newer side (the older one for a removal), as
 * slideStatements names it ("bullets[2]", "judgments[0]", "title"), or "notes" for the speaker notes; `label` names it
 * for a reader ("bullet 3"). A reworded statement carries the word-level `runs`.
 */
export interface TextChange {
  field: string;
  label: string;
  change: 'added' | 'removed' | 'reworded';
  before: string | null;
  after: string | null;
  runs: DiffRun[] | null;
}

/**
 * A judgment whose kind, likelihood or confidence changed between the two decks (the text and portion marking are
 * the newer ones; `portionMarking` is absent when the statement has none).
 */
export interface JudgmentChange {
  slideId: string;
  slideTitle: string;
  field: string;
  label: string;
  text: string;
  portionMarking?: string;
  from: JudgmentStand;
  to: JudgmentStand;
}

/** A citation added to or dropped from a statement (`field`) or from the slide itself (`field` "slide"). */
export interface CitationChange {
  field: string;
  label: string;
  change: 'added' | 'dropped';
  sourceId: string;
  paragraphs: number[];
}

/**
 * One slide of the comparison. `status`: `added` (only in the newer deck), `removed` (only in the older), `changed`
 * (matched, with a text, judgment, citation or layout change), `same`. `moved` is true for a matched slide that left
 * its place in the running order (not counting shifts from slides added or removed). `matchedBy` says how a matched
 * slide was found: the same `id`, or its `content` (a deck rebuilt from a template has new ids).
 */
export interface SlideComparison {
  status: 'same' | 'changed' | 'added' | 'removed';
  moved: boolean;
  matchedBy: 'id' | 'content' | null;
  before: SlideRef | null;
  after: SlideRef | null;
  layoutChanged: boolean;
  text: TextChange[];
  judgments: JudgmentChange[];
  citations: CitationChange[];
}

/** A source added or dropped: its id and title. */
export interface SourceRef {
  id: string;
  title: string;
}

/**
 * The comparison of two decks (compareDecks): the stable shape `briefdeck diff --json` prints. `slides` runs in the
 * newer deck's order, each removed slide placed after the slide that preceded it in the older deck. `judgments`
 * gathers every slide's judgment changes, in that order. Counts in `summary` are of slides, judgments and sources.
 */
export interface DeckComparison {
  format: 'briefdeck-comparison';
  formatVersion: 1;
  before: { title: string; slides: number };
  after: { title: string; slides: number };
  summary: {
    slidesAdded: number;
    slidesRemoved: number;
    slidesMoved: number;
    slidesChanged: number;
    judgmentsMoved: number;
    sourcesAdded: number;
    sourcesDropped: number;
  };
  slides: SlideComparison[];
  judgments: JudgmentChange[];
  sources: { added: SourceRef[]; dropped: SourceRef[] };
}
