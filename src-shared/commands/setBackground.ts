import type { SlideImage } from '../deck';
import { defineCommand } from './command';
import { updateSlideById } from './slideAccess';

export interface SetBackgroundArgs {
  slideId: string;
  /** A new background picture (replaces the old one whole, keeping its alt text and portion marking). */
  image?: SlideImage;
  /** Changes some fields of the background there is (fit, alt text). */
  patch?: Partial<Omit<SlideImage, 'src'>>;
  /** Takes the background away. */
  remove?: boolean;
}

/**
 * Sets, edits or removes a slide's background picture (reveal.js `data-background-image`). A patch with no
 * background, removing none, or a change to the same values returns the input deck.
 */
export const setBackground = defineCommand<SetBackgroundArgs>({
  name: 'setBackground',
  label: 'Background picture',
  perform(deck, { slideId, image, patch, remove }) {
    return updateSlideById(deck, slideId, (slide) => {
      const current = slide.background;
      if (remove) {
        if (!current) return slide;
        const { background: _old, ...rest } = slide;
        return rest as typeof slide;
      }
      let next: SlideImage;
      if (image) next = current ? { ...current, ...image, alt: image.alt || current.alt } : image;
      else if (patch && current) next = { ...current, ...patch };
      else return slide;
      if (current && Object.keys(next).length === Object.keys(current).length && Object.entries(next).every(([k, v]) => (current as Record<string, unknown>)[k] === v)) return slide;
      return { ...slide, background: next };
    });
  },
});
