
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
