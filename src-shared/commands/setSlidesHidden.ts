import { defineCommand } from './command';

export interface SetSlidesHiddenArgs {
  ids: readonly string[];
  hidden: boolean;
}

/** Hides slides (backup slides: skipped when presenting and exporting) or shows them again. */
export const setSlidesHidden = defineCommand<SetSlidesHiddenArgs>({
  name: 'setSlidesHidden',
  label: 'Hide slide',
  perform(deck, { ids, hidden }) {
    const wanted = new Set(ids);
    let changed = false;
    const slides = deck.slides.map((s) => {
      if (!wanted.has(s.id) || s.hidden === hidden) return s;
      changed = true;
      return { ...s, hidden };
    });
    return changed ? { ...deck, slides } : deck;
  },
});
