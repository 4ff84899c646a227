import type { Bullet } from '../deck';
import { defineCommand } from './command';
import { type BulletListRef, updateBulletList } from './bulletList';
import { replaceAt } from './slideAccess';

export interface SetBulletArgs {
  slideId: string;
  list?: BulletListRef;
  index: number;
  /** Fields to change: text, fragment (build step), citations. Use indent/outdent for the level. */
  patch: Partial<Omit<Bullet, 'level'>>;
}

/** Changes a bullet's text, build step (fragment) or citations. */
export const setBullet = defineCommand<SetBulletArgs>({
  name: 'setBullet',
  label: 'Edit bullet',
  perform(deck, { slideId, list = 'bullets', index, patch }) {
    return updateBulletList(deck, slideId, list, (bullets) =>
      replaceAt(bullets, index, (b) => (Object.entries(patch).every(([k, v]) => (b as Record<string, unknown>)[k] === v) ? b : { ...b, ...patch, level: b.level })),
    );
  },
});

/** Sets a bullet's text (a typing burst in one bullet is one undo step; the store groups them). */
export const setBulletText = defineCommand<{ slideId: string; list?: BulletListRef; index: number; text: string }>({
  name: 'setBulletText',
  label: 'Edit bullet',
  perform(deck, { slideId, list, index, text }) {
    return setBullet.perform(deck, { slideId, list, index, patch: { text } });
  },
});
