import type { Slide } from '../deck';

/**
 * Keeps a picture when a slide changes layout between picture and two-column: a picture slide's picture goes to
 * the left column, and a two-column slide's first picture (left, else right) becomes the picture slide's. Any
 * other change returns `next` as it is (its pictures were the old layout's content).
 */
export function carryPicture(from: Slide, next: Slide): Slide {
  if (from.layout === 'picture' && from.picture && next.layout === 'two-column') return { ...next, left: { ...next.left, picture: from.picture } };
  if (from.layout === 'two-column' && next.layout === 'picture') {
    const picture = from.left.picture ?? from.right.picture;
    if (picture) return { ...next, picture };
  }
  return next;
}
