import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Deck, parseDeck } from '../../src-shared/deck';
import { ArgumentMapSchema, type ArgumentMap } from '../../src-shared/sources';

/** tests/fixtures/decks/imported-source.briefdeck, parsed: two imported sources with text and the built-in article. */
export function loadImportedSourceDeck(): Deck {
  const r = parseDeck(readFileSync(join(__dirname, '../fixtures/decks/imported-source.briefdeck')));
  if (!r.ok) throw new Error(r.error.message);
  return r.deck;
}

/** The built-in article's argument map (templates/arguments/), validated. */
export function loadBuiltInMap(): ArgumentMap {
  return ArgumentMapSchema.parse(JSON.parse(readFileSync(join(__dirname, '../../templates/arguments/mei-2023-turkey-iran.json'), 'utf8')));
}
