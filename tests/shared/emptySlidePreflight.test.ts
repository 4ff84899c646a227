import { describe, expect, it } from 'vitest';
import { DeckSchema, SCHEMA_VERSION } from '../../src-shared/deck';
import { resolveExportOptions, staticPreflight } from '../../src-shared/export';
import { loadSmallDeck } from './deckFixture';

const deck = DeckSchema.parse({
  schemaVersion: SCHEMA_VERSION,
  title: 'Empties',
  slides: [
    { id: 'a', layout: 'two-column', title: 'Compared' },
    { id: 'b', layout: 'quote', title: 'Said', attribution: 'MFA' },
    { id: 'c', layout: 'section', title: '' },
    { id: 'd', layout: 'timeline', title: 'Dates', entries: [{ date: '7 Oct 2023', event: 'Attack' }, { date: '', event: '' }, { date: '1 Nov', event: ' ' }] },
    { id: 'e', layout: 'bullets', title: '', bullets: [{ text: '' }] },
    { id: 'f', layout: 'section', title: 'Part two' },
    { id: 'g', layout: 'two-column', title: 'One side', right: { heading: 'Tehran', bullets: [] } },
  ],
});

describe('pre-export check: empty slides and timeline entries', () => {
  it('warns about a blank two-column, quote, section and bullets slide, and each timeline entry without an event', () => {
    const empty = staticPreflight(deck, resolveExportOptions({ format: 'pdf' })).filter((i) => i.kind === 'empty');
    expect(empty.map((i) => [i.slideIndex, i.severity, i.field ?? null, i.message])).toEqual([
      [0, 'warning', null, 'Slide 1 “Compared”: both columns are empty (no heading, bullet or picture).'],
      [1, 'warning', 'quote', 'Slide 2 “Said”: the quote slide has no quote.'],
      [2, 'warning', 'title', 'Slide 3: the section slide has no title or subtitle.'],
      [3, 'warning', 'entries[1]', 'Slide 4 “Dates”: timeline entry 2 is empty.'],
      [3, 'warning', 'entries[2]', 'Slide 4 “Dates”: timeline entry 3 (1 Nov) has no event.'],
      [4, 'warning', null, 'Slide 5: the slide is blank (no title, no bullet text).'],
    ]);
  });

  it('finds nothing empty in the fixture deck', () => {
    expect(staticPreflight(loadSmallDeck(), resolveExportOptions({ format: 'pdf' })).filter((i) => i.kind === 'empty')).toEqual([]);
  });
});
