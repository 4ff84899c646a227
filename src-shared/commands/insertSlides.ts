import type { Slide, Source } from '../deck';
import { defineCommand } from './command';
import { createSlideIdFactory, slideIdsOf } from '../deck/slideIds';
import { mergeSources } from './mergeSources';
import { insertAt } from './slideAccess';

export interface InsertSlidesArgs {
  /** Where the first slide goes (0-based, clamped); default: the end. */
  index?: number;
  slides: readonly Slide[];
  /** Source records the slides cite, added to `deck.sources` when not listed yet. */
  sources?: readonly Source[];
  /** Makes the id of a slide whose id is already in the deck (or repeated); default: the first free `slide-N`. */
  newId?: () => string;
}

/**
 * Inserts slides (e.g. "Insert from the argument map": an argument's slides, cited). The slides are deep-copied;
 * a slide whose id is already in the deck (or repeated) gets a new id.
 */
export const insertSlides = defineCommand<InsertSlidesArgs>({
  name: 'insertSlides',
  label: 'Insert slides',
  perform(deck, { index, slides, sources, newId }) {
    if (slides.length === 0) return deck;
    const taken = slideIdsOf(deck);
    const fallback = createSlideIdFactory('slide', taken);
    const fresh = () => {
      let id = newId?.() ?? fallback();
      while (taken.has(id)) id = fallback();
      return id;
    };
    const copies = slides.map((s) => {
      const copy = JSON.parse(JSON.stringify(s)) as Slide;
      if (taken.has(copy.id)) copy.id = fresh();
      taken.add(copy.id);
      return copy;
    });
    return { ...deck, slides: insertAt(deck.slides, index, ...copies), sources: mergeSources(deck.sources, sources) };
  },
});
