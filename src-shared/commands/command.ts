import type { Deck } from '../deck';

/**
 * A named, pure deck command (the pattern of Excalidraw's `actions/*` and Slidev's insertSlide/moveSlide):
 * `perform(deck, args)` returns a new deck and never changes its input. When nothing applies (an unknown slide id,
 * an index out of range) it returns the input deck itself, so a caller can skip recording an undo step
 * (`result === deck`). `label` is the action's name for the undo menu ("Undo Move slide").
 */
export interface DeckCommand<A> {
  /** Stable id, e.g. "moveSlides". */
  name: string;
  /** Undo-menu label, e.g. "Move slide". */
  label: string;
  perform(deck: Deck, args: A): Deck;
}

/** Declares a command (identity, for type inference). */
export function defineCommand<A>(command: DeckCommand<A>): DeckCommand<A> {
  return command;
}

/** Args of a command. */
export type ArgsOf<C> = C extends DeckCommand<infer A> ? A : never;
