import type { SlideFigure } from './figure';
import type { Slide, SlideOf } from './slide';

/** The data URLs of a slide's pictures (not its background), in reading order: for print chunking and checks. */
export function pictureSources(slide: Slide): string[] {
  if (slide.layout === 'picture') return slide.picture ? [slide.picture.src] : [];
  if (slide.layout === 'two-column') return [slide.left.picture?.src, slide.right.picture?.src].filter((s): s is string => s !== undefined);
  return [];
}

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
