import type { Bullet } from '../deck';
import type { PastedLine } from '../text/pastedLines';
import { defineCommand } from './command';
import { type BulletListRef, MAX_BULLET_LEVEL, maxBullets, updateBulletList } from './bulletList';

/** Longest bullet text (BulletSchema: InlineText, 4000 characters). */
const MAX_BULLET_TEXT = 4000;

export interface PasteBulletsArgs {
  slideId: string;
  list?: BulletListRef;
  /** The bullet pasted into (0-based). */
  index: number;
  /** The pasted lines (pastedLines); the first joins the bullet's text, each further line is a bullet of its own. */
  lines: readonly PastedLine[];
  /** The bullet's text before and after the text selection the paste replaces. */
  before: string;
  after: string;
}

/**
 * Pastes several lines into a bullet, as PowerPoint does: the first line goes where the caret was, each further
 * line becomes a new bullet below (its indent relative to the bullet's, capped at level 4), and the text after the
 * caret ends the last one. New bullets take the bullet's kind, portion marking and build step; its citations, likelihood and
 * confidence stay on the first bullet.
 * At the list's cap (500, or 200 in a column) the extra lines are dropped. One undo step.
 */
export const pasteBullets = defineCommand<PasteBulletsArgs>({
  name: 'pasteBullets',
  label: 'Paste bullets',
  perform(deck, { slideId, list = 'bullets', index, lines, before, after }) {
    if (lines.length === 0) return deck;
    return updateBulletList(deck, slideId, list, (bullets) => {
      const target = bullets[index];
      if (!target) return bullets;
      const room = Math.max(0, maxBullets(list) - bullets.length);
      const rest = lines.slice(1, 1 + room);
      const clip = (text: string) => text.slice(0, MAX_BULLET_TEXT);
      const first: Bullet = { ...target, text: clip(before + lines[0].text + (rest.length === 0 ? after : '')) };
      const added: Bullet[] = rest.map((line, i) => ({
        fragment: target.fragment,
        ...(target.kind ? { kind: target.kind } : {}),
        ...(target.portionMarking ? { portionMarking: target.portionMarking } : {}),
        text: clip(line.text + (i === rest.length - 1 ? after : '')),
        level: Math.min(MAX_BULLET_LEVEL, target.level + line.level),
      }));
      return [...bullets.slice(0, index), first, ...added, ...bullets.slice(index + 1)];
    });
  },
});
