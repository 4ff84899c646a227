import { defineCommand } from './command';
import { type BulletListRef, maxBullets, updateBulletList } from './bulletList';
import { clampIndex, insertAt } from './slideAccess';

export interface AddBulletArgs {
  slideId: string;
  list?: BulletListRef;
  /** Insert position (0-based, clamped); default: the end. */
  index?: number;
  text?: string;
  /** Indent level; default: the level of the bullet before it (as Enter does in PowerPoint). */
  level?: number;
}

/** Adds a bullet. At the list's cap (500, or 200 in a column) nothing changes. */
export const addBullet = defineCommand<AddBulletArgs>({
  name: 'addBullet',
  label: 'Add bullet',
  perform(deck, { slideId, list = 'bullets', index, text = '', level }) {
    return updateBulletList(deck, slideId, list, (bullets) => {
      if (bullets.length >= maxBullets(list)) return bullets;
      const at = clampIndex(index, bullets.length);
      const lvl = Math.max(0, Math.min(4, level ?? bullets[at - 1]?.level ?? 0));
      return insertAt(bullets, at, { text, level: lvl, fragment: bullets[at - 1]?.fragment ?? false });
    });
  },
});
