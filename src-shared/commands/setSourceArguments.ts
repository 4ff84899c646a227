import type { Deck, Source } from '../deck';
import type { Argument } from '../sources/argumentMap';
import { defineCommand } from './command';

/** Args of `setSourceArguments`: the deck source and its whole argument map (an empty list removes the map). */
export interface SetSourceArgumentsArgs {
  sourceId: string;
  arguments: readonly Argument[];
}

/**
 * Replaces the argument map of one deck source (one undo step "Edit argument map"). The arguments are deep-copied;
 * an empty list removes the source's `arguments` field. An unknown source id returns the deck as it was. The caller
 * validates the arguments first (`ArgumentSchema`, paragraph numbers within the source's paragraphs).
 */
export const setSourceArguments = defineCommand<SetSourceArgumentsArgs>({
  name: 'setSourceArguments',
  label: 'Edit argument map',
  perform(deck, { sourceId, arguments: args }): Deck {
    const index = deck.sources.findIndex((s) => s.id === sourceId);
    if (index < 0) return deck;
    const { arguments: _old, ...rest } = deck.sources[index];
    const next: Source = args.length > 0 ? { ...rest, arguments: JSON.parse(JSON.stringify(args)) as Argument[] } : rest;
    const sources = [...deck.sources];
    sources[index] = next;
    return { ...deck, sources };
  },
});
