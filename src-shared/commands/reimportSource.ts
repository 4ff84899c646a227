import type { Source } from '../deck';
import { applyReimport } from '../reimport';
import { defineCommand } from './command';

/** Args of `reimportSource`: the deck source's id and the newer version, as read and accepted from its file. */
export interface ReimportSourceArgs {
  sourceId: string;
  next: Source;
}

/**
 * Replaces a deck source by a newer version of it (`applyReimport`): its text, sections, hashes and metadata from
 * `next`, its id and argument map kept, the citations and the map's paragraphs renumbered where a paragraph moved or
 * changed; citations of vanished paragraphs are left as they were (the re-import report lists them). A deck
 * without that source, or without its text, is returned as it was.
 */
export const reimportSource = defineCommand<ReimportSourceArgs>({
  name: 'reimportSource',
  label: 'Re-import source',
  perform(deck, { sourceId, next }) {
    const source = deck.sources.find((s) => s.id === sourceId);
    if (!source?.paragraphs?.length) return deck;
    return applyReimport(deck, sourceId, next);
  },
});
