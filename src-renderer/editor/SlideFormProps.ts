import type { Layout, SlideOf, Source } from '../../src-shared/deck';
import type { CitationTarget } from '../../src-shared/commands';
import type { DeckCommand, DispatchOptions } from '../store';

/**
 * Runs a pure deck command (`{name, label, perform}` from src-shared/commands) on the open deck: the
 * store's `dispatch`. Keystroke-driven edits pass a `mergeKey` (`slide:<id>:<field>`) so a typing burst is one undo
 * step; discrete actions (add, remove, indent) pass none.
 */
export type Dispatch = <A>(command: DeckCommand<A>, args: A, options?: DispatchOptions) => unknown;

/** How forms show and add citations on their items (bullets, key judgments, timeline entries). */
export interface CitingProps {
  /** The deck's sources, for reference chips ("Adar & Azizi 2023, ¶4–7"). */
  sources: readonly Source[];
  /** True when the slide itself cites nothing: then every item without its own citation gets a warning. */
  warnUncited: boolean;
  /** Opens the citation picker for one item; `name` is shown in the picker's heading ("bullet 2"). */
  cite(target: CitationTarget, name: string): void;
}

/** What every per-layout form receives: the slide (narrowed to its layout), the dispatcher and citing helpers. */
export interface SlideFormProps<L extends Layout> {
  slide: SlideOf<L>;
  onCommand: Dispatch;
  citing: CitingProps;
}

/** The merge key of a typing burst in one field of a slide (the store's convention: `slide:<id>:<field>`). */
export function fieldKey(slideId: string, field: string): string {
  return `slide:${slideId}:${field}`;
}
