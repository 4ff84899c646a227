import type { SlideFigure } from './figure';
import type { SlideOf } from './slide';

/**
 * The pictures of a picture or two-column slide as figures, in reading order: `picture.alt` on a picture slide;
 * `left.picture.alt` then `right.picture.alt` on a two-column slide (each column's picture, when it has one).
 */
export function pictureFigures(slide: SlideOf<'picture'> | SlideOf<'two-column'>): SlideFigure[] {
  if (slide.layout === 'picture') return slide.picture ? [{ kind: 'picture', field: 'picture.alt', alt: slide.picture.alt }] : [];
  const out: SlideFigure[] = [];
  for (const side of ['left', 'right'] as const) {
    const picture = slide[side].picture;
    if (picture) out.push({ kind: 'picture', field: `${side}.picture.alt`, alt: picture.alt });
  }
  return out;
}
