import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeckSchema, type Deck, type DeckInput } from '../../src-shared/deck';

/** The all-layouts fixture deck (tests/fixtures/render/all-layouts.json), validated, as a fresh copy each call. */
export function allLayoutsDeck(patch: Partial<DeckInput> = {}): Deck {
  const raw = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'render', 'all-layouts.json'), 'utf8')) as DeckInput;
  return DeckSchema.parse({ ...raw, ...patch });
}
