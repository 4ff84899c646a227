import { defineCommand } from './command';

export interface DeleteSlidesArgs {
  ids: readonly string[];
}

/** Deletes the slides with these ids (a multi-selection). Unknown ids are ignored. */
export const deleteSlides = defineCommand<DeleteSlidesArgs>({
  name: 'deleteSlides',
  label: 'Delete slide',
  perform(deck, { ids }) {
    const drop = new Set(ids);
    const slides = deck.slides.filter((s) => !drop.has(s.id));
    return slides.length === deck.slides.length ? deck : { ...deck, slides };
  },
});
