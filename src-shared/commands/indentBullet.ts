import { defineCommand } from './command';
import { type BulletListRef, MAX_BULLET_LEVEL, updateBulletList } from './bulletList';
import { replaceAt } from './slideAccess';

export interface IndentBulletArgs {
  slideId: string;
  list?: BulletListRef;
  index: number;
}

/**
 * Indents a bullet one level (Tab), at most one level deeper than the bullet before it and at most level 4; the
 * first bullet cannot be indented.
 */
export const indentBullet = defineCommand<IndentBulletArgs>({
  name: 'indentBullet',
  label: 'Indent bullet',
  perform(deck, { slideId, list = 'bullets', index }) {
    return updateBulletList(deck, slideId, list, (bullets) => {
      const max = Math.min(MAX_BULLET_LEVEL, index > 0 ? (bullets[index - 1]?.level ?? -1) + 1 : 0);
      return replaceAt(bullets, index, (b) => (b.level + 1 > max ? b : { ...b, level: b.level + 1 }));
    });
  },
});

/** Outdents a bullet one level (Shift+Tab); level 0 stays. */
export const outdentBullet = defineCommand<IndentBulletArgs>({
  name: 'outdentBullet',
  label: 'Outdent bullet',
  perform(deck, { slideId, list = 'bullets', index }) {
    return updateBulletList(deck, slideId, list, (bullets) => replaceAt(bullets, index, (b) => (b.level === 0 ? b : { ...b, level: b.level - 1 })));
  },
});
