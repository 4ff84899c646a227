import type { Layout, SlideOf, Source } from '../../src-shared/deck';
import type { ArgumentMap } from '../../src-shared/sources';
import type { DeckCommand, DispatchOptions } from '../store';

/**
 * Runs a pure deck command (helper C's `{name, label, perform}` from src-shared/commands) on the open deck: the
 * store's `dispatch`. Keystroke-driven edits pass a `mergeKey` (`slide:<id>:<field>`) so a typing burst is one undo
 * step; discrete actions (add, remove, indent) pass none.
 */
export type Dispatch = <A>(command: DeckCommand<A>, args: A, options?: DispatchOptions) => unknown;

/** What every per-layout form receives: the slide (narrowed to its layout) and the dispatcher. */
export interface SlideFormProps<L extends Layout> {
  slide: SlideOf<L>;
  onCommand: Dispatch;
}

/** Extra context for forms that show citations (the deck's sources and the argument maps for the picker). */
export interface CitationContext {
  sources: readonly Source[];
  maps: readonly ArgumentMap[];
  mapsError?: string | null;
}
