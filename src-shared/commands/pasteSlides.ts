import type { Deck, Slide, Source } from '../deck';
import { renameCitationSources } from '../deck/citationWalk';
import { defineCommand } from './command';
import { insertSlides } from './insertSlides';

export interface PasteSlidesArgs {
  /** Where the first pasted slide goes (0-based, clamped); default: the end. */
  index?: number;
  slides: readonly Slide[];
  /** The source records the slides cite (from the deck they were copied from). */
  sources: readonly Source[];
  /** Makes the id of a pasted slide whose id is already in the deck; default: the first free `slide-N`. */
  newId?: () => string;
}

/** Two source records name the same work when title, date, address and authors agree. */
function sameWork(a: Source, b: Source): boolean {
  return a.title === b.title && a.date === b.date && a.url === b.url && a.authors.join('\n') === b.authors.join('\n');
}

/**
 * How the pasted sources fit the target deck: a source the deck has (same id, same work) is reused; a missing one
 * is added; one whose id the deck already gives to another work is added under a new id (`<id>-2`, ...), and the
 * pasted citations are renamed to it, so every citation still names the source it was made from.
 */
export function reconcileSources(deck: Pick<Deck, 'sources'>, sources: readonly Source[]): { add: Source[]; renamed: Map<string, string> } {
  const byId = new Map(deck.sources.map((s) => [s.id, s]));
  const taken = new Set(byId.keys());
  const add: Source[] = [];
  const renamed = new Map<string, string>();
  for (const source of sources) {
    const existing = byId.get(source.id);
    if (existing && sameWork(existing, source)) continue;
    if (!existing) {
      add.push(source);
      taken.add(source.id);
      continue;
    }
    const match = deck.sources.find((s) => sameWork(s, source));
    if (match) {
      renamed.set(source.id, match.id);
      continue;
    }
    let n = 2;
    while (taken.has(`${source.id}-${n}`)) n += 1;
    const id = `${source.id}-${n}`;
    taken.add(id);
    renamed.set(source.id, id);
    add.push({ ...source, id });
  }
  return { add, renamed };
}

/**
 * Pastes slides copied from this deck or another (Ctrl+V in the slide list): deep copies, a new id for each slide
 * whose id is taken, and the sources they cite brought along (see reconcileSources). One undo step.
 */
export const pasteSlides = defineCommand<PasteSlidesArgs>({
  name: 'pasteSlides',
  label: 'Paste slides',
  perform(deck, { index, slides, sources, newId }) {
    if (slides.length === 0) return deck;
    const { add, renamed } = reconcileSources(deck, sources);
    const copies = slides.map((s) => renameCitationSources(s, renamed));
    return insertSlides.perform(deck, { index, slides: copies, sources: add, newId });
  },
});
