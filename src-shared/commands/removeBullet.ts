import { defineCommand } from './command';
import { type BulletListRef, updateBulletList } from './bulletList';
import { removeAt } from './slideAccess';

export interface RemoveBulletArgs {
  slideId: string;
  list?: BulletListRef;
  index: number;
}

/** Removes one bullet. */
export const removeBullet = defineCommand<RemoveBulletArgs>({
  name: 'removeBullet',
  label: 'Delete bullet',
  perform(deck, { slideId, list = 'bullets', index }) {
    return updateBulletList(deck, slideId, list, (bullets) => removeAt(bullets, index));
  },
});
