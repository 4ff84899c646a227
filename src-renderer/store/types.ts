
import type { CitationTarget } from '../../src-shared/commands';

/** The store dispatches the pure deck commands of src-shared/commands (one declaration of the shape). */
export type { DeckCommand } from '../../src-shared/commands/command';

/** Options for one dispatch. */
export interface DispatchOptions {
  /**
   * Typing bursts: consecutive dispatches with the same mergeKey (e.g. `slide:<id>:title`) less than
   * {@link MERGE_WINDOW_MS} apart become ONE undo step. Omit for discrete actions (each is its own step).
   */
  mergeKey?: string;
}

/** Where the open deck lives on disk. `hash` is main's content hash at open/save (used to detect outside changes). */
export interface FileInfo {
  path: string | null;
  hash: string | null;
  /** A deck from a newer schemaVersion opens read-only: Save writes only through Save As. */
  readOnly: boolean;
}

/** Side panels the user can show or hide. Never part of undo history. */
export interface Panels {
  /** The slide list at the left of the large slide. */
  slides: boolean;
  /** The inspector at the right: the slide's form, for what is not edited on the slide (kind, citations, marking). */
  inspector: boolean;
  notes: boolean;
  settings: boolean;
  preview: boolean;
  /** The Tradecraft panel (the checks' findings). */
  tradecraft: boolean;
  /** The Source panel beside the slide editor (a source's paragraphs, to read and cite). */
  sources: boolean;
  /** The Source panel shows its Coverage tab (what the deck cites of each source) instead of the paragraphs. */
  coverage: boolean;
  /** The Review panel (review comments on the slides) in the right column. */
  review: boolean;
  /** The Theme panel (the deck's brand: theme files, colours, fonts, logo) in the right column. */
  theme: boolean;
}

/** The statement citations from the Source panel go to: one item of a slide, or the slide itself. */
export interface StatementRef {
  slideId: string;
  target: CitationTarget;
}

/**
 * What the Source panel shows: the source picked (null: the deck's first) and the paragraphs to go to (the first is
 * scrolled to, focused and highlighted, the others marked); `seq` grows on each request, so opening the same citation
 * twice goes there again.
 */
export interface SourceView {
  sourceId: string | null;
  paragraphs: number[];
  seq: number;
}

/** A hint shown as the placeholder of one empty field: the passage a new reporting bullet is to paraphrase. */
export interface FieldHint {
  slideId: string;
  /** The field's `data-field`, e.g. "bullets[3]" or "left.bullets[0]". */
  field: string;
  text: string;
}

/** A message for the page's accessible alert region (role="alert" for errors, role="status" for info). */
export interface AlertMessage {
  id: number;
  kind: 'error' | 'info';
  message: string;
}

/** How a click changes the slide selection: plain click, Ctrl/Cmd+click, Shift+click. */
export type SelectMode = 'replace' | 'toggle' | 'range';

/** Quiet time that ends a typing burst, in ms (a burst in one field is one undo step). */
export const MERGE_WINDOW_MS = 1000;
