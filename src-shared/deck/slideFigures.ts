import type { Slide } from './slide';
import type { SlideFigure } from './figure';
import { pictureFigures } from './pictureFigures';

/**
 * The figures a slide shows (maps, charts, pictures), in reading order, with the path of each one's alt text. A
 * slide background is decorative and is not a figure. Every layout that holds a figure answers here, so that the
 * pre-export check and the tradecraft panel name a figure without alt text.
 */
export function slideFigures(slide: Slide): SlideFigure[] {
  switch (slide.layout) {
    case 'chart':
      return [{ kind: 'chart', field: 'alt', alt: slide.alt }];
    case 'picture':
    case 'two-column':
      return pictureFigures(slide);
    case 'map':
      return [{ kind: 'map', field: 'alt', alt: slide.alt }];
    default:
      return [];
  }
}
