import type { Deck } from '../../src-shared/deck';

/**
 * A pure deck command as the store sees it: `perform(deck, args)` returns a new deck (or the same object when
 * nothing changes). `label` is the undo/redo menu text ("Edit title", "Move slide"). Helper C's commands in
 * `src-shared/commands/` satisfy this shape structurally (Excalidraw's `register({name, perform})` pattern).
 */
export interface DeckCommand<A = any> {
  readonly name: string;
  readonly label: string | ((args: A) => string);
  perform(deck: Deck, args: A): Deck;
}

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
  notes: boolean;
  settings: boolean;
  preview: boolean;
  /** The Tradecraft panel (the checks' findings). */
  tradecraft: boolean;
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
