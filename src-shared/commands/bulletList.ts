import type { Bullet, Deck } from '../deck';
import { updateSlideById } from './slideAccess';

/** Which bullet list of a slide: `bullets` on a bullets slide, `left` / `right` on a two-column slide. */
export type BulletListRef = 'bullets' | 'left' | 'right';

/** Largest bullet indent level (BulletSchema: 0..4). */
export const MAX_BULLET_LEVEL = 4;

/** Largest number of bullets in a list (BulletSchema arrays: 500 on a bullets slide, 200 in a column). */
export function maxBullets(list: BulletListRef): number {
  return list === 'bullets' ? 500 : 200;
}

/**
 * Applies `fn` to one bullet list of slide `slideId`. The input deck comes back when the slide does not exist, has no
 * such list (wrong layout) or `fn` returns the same array.
 */
export function updateBulletList(deck: Deck, slideId: string, list: BulletListRef, fn: (bullets: readonly Bullet[]) => readonly Bullet[]): Deck {
  return updateSlideById(deck, slideId, (slide) => {
    if (list === 'bullets') {
      if (slide.layout !== 'bullets') return slide;
      const bullets = fn(slide.bullets);
      return bullets === slide.bullets ? slide : { ...slide, bullets: [...bullets] };
    }
    if (slide.layout !== 'two-column') return slide;
    const column = slide[list];
    const bullets = fn(column.bullets);
    return bullets === column.bullets ? slide : { ...slide, [list]: { ...column, bullets: [...bullets] } };
  });
}
