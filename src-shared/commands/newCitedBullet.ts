import type { Bullet, Deck, Source } from '../deck';
import { formatParagraphs, normalizeParagraphs } from '../sources/paragraphs';
import { type BulletListRef, maxBullets, updateBulletList } from './bulletList';
import { defineCommand, type DeckCommand } from './command';
import { mergeSources } from './mergeSources';
import { clampIndex, insertAt } from './slideAccess';

/** Args of the command {@link newCitedBullet} gives. */
export interface NewCitedBulletArgs {
  slideId: string;
  /** `bullets` on a bullets slide, `left` / `right` on a two-column slide. Default `bullets`. */
  list?: BulletListRef;
  /** Insert position (0-based, clamped); default: the end of the list. */
  index?: number;
  /** Source records to add to `deck.sources` when not listed yet. */
  sources?: readonly Source[];
}

/**
 * The command that adds a reporting bullet resting on paragraphs `paragraphs` of source `sourceId`: `kind:
 * 'reporting'`, the citation, and EMPTY text, so the analyst writes the paraphrase in their own words (the copied-run
 * check flags source text pasted in unquoted). Its level is that of the bullet before it; its undo label is "New
 * bullet from ¶4". Throws when `paragraphs` holds no paragraph number. The deck comes back unchanged when the slide
 * has no such list (another layout) or the list is at its cap (500, or 200 in a column).
 */
export function newCitedBullet(sourceId: string, paragraphs: readonly number[]): DeckCommand<NewCitedBulletArgs> {
  const list = normalizeParagraphs(paragraphs);
  if (list.length === 0) throw new Error('Nothing to cite: no paragraph number was given.');
  return defineCommand<NewCitedBulletArgs>({
    name: 'newCitedBullet',
    label: `New bullet from ${formatParagraphs(list)}`,
    perform(deck: Deck, { slideId, list: ref = 'bullets', index, sources }): Deck {
      const next = updateBulletList(deck, slideId, ref, (bullets) => {
        if (bullets.length >= maxBullets(ref)) return bullets;
        const at = clampIndex(index, bullets.length);
        const bullet: Bullet = { text: '', level: bullets[at - 1]?.level ?? 0, fragment: bullets[at - 1]?.fragment ?? false, kind: 'reporting', citations: [{ sourceId, paragraphs: [...list] }] };
        return insertAt(bullets, at, bullet);
      });
      if (next === deck) return deck;
      const merged = mergeSources(next.sources, sources);
      return merged === next.sources ? next : { ...next, sources: merged };
    },
  });
}
