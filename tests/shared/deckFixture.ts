import { readFileSync } from 'node:fs';
import { type Deck, parseDeck } from '../../src-shared/deck';

/** tests/fixtures/decks/small.briefdeck, parsed. Throws if it does not parse. */
export function loadSmallDeck(): Deck {
  const r = parseDeck(readFileSync(new URL('../fixtures/decks/small.briefdeck', import.meta.url)));
  if (!r.ok) throw new Error(r.error.message);
  return r.deck;
}

/** Freezes a value and everything in it, so a command that mutates its input throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A frozen small deck plus a JSON snapshot of it, to check the input is unchanged after a command. */
export function frozenSmallDeck(): { deck: Deck; snapshot: string } {
  const deck = deepFreeze(loadSmallDeck());
  return { deck, snapshot: JSON.stringify(deck) };
}
