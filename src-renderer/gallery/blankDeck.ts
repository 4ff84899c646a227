import { DeckSchema, SCHEMA_VERSION, type Deck } from '../../src-shared/deck';

/** A new blank deck: one title slide, the light theme and an UNCLASSIFIED banner (the schema's defaults). */
export function blankDeck(): Deck {
  const id = `s-${crypto.getRandomValues(new Uint32Array(1))[0].toString(36)}`;
  return DeckSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    title: 'Untitled briefing',
    date: new Date().toISOString().slice(0, 10),
    slides: [{ id, layout: 'title', title: 'Untitled briefing', subtitle: '' }],
  });
}
