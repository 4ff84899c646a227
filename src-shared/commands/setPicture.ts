import type { Picture, Slide } from '../deck';
import { defineCommand } from './command';
import { updateSlideById } from './slideAccess';

/** Where a slide holds a picture: the picture layout's `picture`, or a two-column slide's left or right column. */
export type PictureTarget = 'picture' | 'left' | 'right';

/** The picture at `target` on `slide` (undefined when the slide's layout has no such place, or it is empty). */
export function pictureAt(slide: Slide, target: PictureTarget): Picture | undefined {
  if (target === 'picture') return slide.layout === 'picture' ? slide.picture : undefined;
  return slide.layout === 'two-column' ? slide[target].picture : undefined;
}

/**
 * Sets, edits or removes a picture. `picture` replaces the picture at `target` whole (a newly imported image:
 * the caption, alt text and source line already typed are kept unless it brings its own); `patch` changes some of
 * its fields (alt text, caption, source line, fit); `remove: true` takes it away. A slide whose layout has no such
 * place, a patch with no picture to patch, or a change to the same values returns the input deck.
 */
export const setPicture = defineCommand<{ slideId: string; target: PictureTarget; picture?: Picture; patch?: Partial<Omit<Picture, 'src'>>; remove?: boolean }>({
  name: 'setPicture',
  label: 'Edit picture',
  perform(deck, { slideId, target, picture, patch, remove }) {
    return updateSlideById(deck, slideId, (slide) => {
      if ((target === 'picture') !== (slide.layout === 'picture') || (target !== 'picture' && slide.layout !== 'two-column')) return slide;
      const current = pictureAt(slide, target);
      let next: Picture | undefined;
      if (remove) next = undefined;
      else if (picture) next = current ? { ...current, ...picture, alt: picture.alt || current.alt, caption: picture.caption || current.caption, sourceLine: picture.sourceLine || current.sourceLine } : picture;
      else if (patch && current) next = { ...current, ...patch };
      else return slide;
      if (next === current || (next && current && Object.entries(next).every(([k, v]) => (current as Record<string, unknown>)[k] === v) && Object.keys(current).length === Object.keys(next).length)) return slide;
      if (slide.layout === 'picture') {
        const { picture: _old, ...rest } = slide;
        return (next ? { ...rest, picture: next } : rest) as Slide;
      }
      if (slide.layout !== 'two-column') return slide;
      const { picture: _old, ...column } = slide[target as 'left' | 'right'];
      return { ...slide, [target]: next ? { ...column, picture: next } : column } as Slide;
    });
  },
});
