import { defineCommand } from './command';
import { createSlideIdFactory, slideIdsOf } from '../deck/slideIds';

export interface DuplicateSlidesArgs {
  ids: readonly string[];
  /** Ids for the copies, in deck order of the originals; a missing or taken one gets the first free `slide-N`. */
  newIds?: readonly string[];
}

/**
 * Duplicates the slides with these ids (Ctrl+D). The copies, in deck order, go right after the last selected slide
 * (as PowerPoint does for a multi-selection); each copy is a deep copy with a new id.
 */
export const duplicateSlides = defineCommand<DuplicateSlidesArgs>({
  name: 'duplicateSlides',
  label: 'Duplicate slide',
  perform(deck, { ids, newIds }) {
    const wanted = new Set(ids);
    const originals = deck.slides.filter((s) => wanted.has(s.id));
    if (originals.length === 0) return deck;
    const taken = slideIdsOf(deck);
    const fresh = createSlideIdFactory('slide', taken);
    const copies = originals.map((s, i) => {
      let id = newIds?.[i];
      if (id === undefined || taken.has(id)) id = fresh();
      taken.add(id);
      return { ...(JSON.parse(JSON.stringify(s)) as typeof s), id };
    });
    let last = -1;
    deck.slides.forEach((s, i) => {
      if (wanted.has(s.id)) last = i;
    });
    return { ...deck, slides: [...deck.slides.slice(0, last + 1), ...copies, ...deck.slides.slice(last + 1)] };
  },
});
