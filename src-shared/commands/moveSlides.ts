import { defineCommand } from './command';
import { clampIndex } from './slideAccess';

export interface MoveSlidesArgs {
  /** The slides to move, by id (a multi-selection) ... */
  ids?: readonly string[];
  /** ... or by 0-based index. */
  from?: readonly number[];
  /**
   * The index the first moved slide has after the move (clamped), as in @dnd-kit's `arrayMove(items, from, to)`:
   * "drag slide 5 to position 2" is `{ from: [4], to: 1 }`.
   */
  to: number;
}

/**
 * Moves slides (drag-and-drop and keyboard reorder). The moved slides keep their relative order and land together,
 * the first at index `to` of the result. Unknown ids and out-of-range indexes are ignored; a move that changes
 * nothing returns the input deck.
 */
export const moveSlides = defineCommand<MoveSlidesArgs>({
  name: 'moveSlides',
  label: 'Move slide',
  perform(deck, { ids, from, to }) {
    const picked = new Set<number>();
    if (ids) {
      const wanted = new Set(ids);
      deck.slides.forEach((s, i) => wanted.has(s.id) && picked.add(i));
    }
    for (const i of from ?? []) if (Number.isInteger(i) && i >= 0 && i < deck.slides.length) picked.add(i);
    if (picked.size === 0) return deck;
    const moving = deck.slides.filter((_, i) => picked.has(i));
    const rest = deck.slides.filter((_, i) => !picked.has(i));
    const at = clampIndex(to, rest.length);
    const slides = [...rest.slice(0, at), ...moving, ...rest.slice(at)];
    return slides.every((s, i) => s === deck.slides[i]) ? deck : { ...deck, slides };
  },
});
