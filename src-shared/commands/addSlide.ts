import type { Layout } from '../deck';
import { defineCommand } from './command';
import { createSlideIdFactory, slideIdsOf } from '../deck/slideIds';
import { newSlide } from './newSlide';
import { insertAt } from './slideAccess';

export interface AddSlideArgs {
  layout: Layout;
  /** Where the new slide goes (0-based; clamped); default: the end. */
  index?: number;
  /** The new slide's id (so the caller can select it); default: the first free `slide-N`. Must not be in use. */
  id?: string;
  title?: string;
}

/** Adds a new slide with the layout's skeleton content (newSlide). An id already in use leaves the deck unchanged. */
export const addSlide = defineCommand<AddSlideArgs>({
  name: 'addSlide',
  label: 'New slide',
  perform(deck, { layout, index, id, title }) {
    const taken = slideIdsOf(deck);
    if (id !== undefined && taken.has(id)) return deck;
    const slide = newSlide(layout, id ?? createSlideIdFactory('slide', taken)());
    return { ...deck, slides: insertAt(deck.slides, index, title === undefined ? slide : { ...slide, title }) };
  },
});
