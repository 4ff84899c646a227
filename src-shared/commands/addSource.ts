import type { Deck, Source } from '../deck';
import { defineCommand, type DeckCommand } from './command';

/** Args of `addSource`: the source to list in `deck.sources` (an imported one, or one from the source library). */
export interface AddSourceArgs {
  source: Source;
}

/**
 * Adds a source to the end of `deck.sources` (a deep copy, so later edits of the caller's object never reach the
 * deck). A source whose id the deck already lists is not added: the deck is returned as it was (no undo step), and
 * the caller says so (`deckHasSource`).
 */
export const addSource = defineCommand<AddSourceArgs>({
  name: 'addSource',
  label: 'Add source',
  perform(deck, { source }): Deck {
    if (deckHasSource(deck, source.id)) return deck;
    return { ...deck, sources: [...deck.sources, JSON.parse(JSON.stringify(source)) as Source] };
  },
});

/** True when `deck.sources` lists a source with id `id`. */
export function deckHasSource(deck: Pick<Deck, 'sources'>, id: string): boolean {
  return deck.sources.some((s) => s.id === id);
}

/**
 * `addSource` under the undo label the user sees for what they did: "Import source <title>" after an import,
 * "Add source <title>" from the library (the undo menu names the source, e.g. "Undo Import source Turkey and Iran").
 */
export function addSourceAs(verb: 'Import source' | 'Add source', title: string): DeckCommand<AddSourceArgs> {
  const name = title.trim().replace(/\s+/g, ' ');
  return { ...addSource, label: `${verb} ${name.length > 80 ? `${name.slice(0, 79)}…` : name}`.trim() };
}
