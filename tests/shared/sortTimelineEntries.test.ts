import { describe, expect, it } from 'vitest';
import { DeckSchema, type Deck } from '../../src-shared/deck';
import { sortTimelineEntries, timelineSortKey } from '../../src-shared/commands/sortTimelineEntries';

function deckWith(dates: string[]): Deck {
  return DeckSchema.parse({
    schemaVersion: 2,
    title: 'Timeline',
    slides: [{ id: 't', layout: 'timeline', entries: dates.map((date, i) => ({ date, event: `e${i}` })) }],
  });
}
const events = (deck: Deck) => (deck.slides[0].layout === 'timeline' ? deck.slides[0].entries.map((e) => e.event) : []);

describe('sortTimelineEntries', () => {
  it('reads ISO dates, day-month-year and month-day-year', () => {
    expect(timelineSortKey('2023-10-07')).toBe('2023-10-07');
    expect(timelineSortKey('2023-10')).toBe('2023-10-00');
    expect(timelineSortKey('2023-10-07/2023-10-14')).toBe('2023-10-07');
    expect(timelineSortKey('28 Oct 2023')).toBe('2023-10-28');
    expect(timelineSortKey('November 1, 2023')).toBe('2023-11-01');
    expect(timelineSortKey('Nov 2023')).toBe('2023-11-00');
    expect(timelineSortKey('From 7 Oct 2023')).toBe('2023-10-07');
    expect(timelineSortKey('7–14 Oct 2023')).toBe('2023-10-07');
    expect(timelineSortKey('26 Oct–1 Nov 2023')).toBe('2023-10-26');
    expect(timelineSortKey('Sept. 30, 2023')).toBe('2023-09-30');
    expect(timelineSortKey('early 2024')).toBeNull();
    expect(timelineSortKey('soon')).toBeNull();
  });

  it('orders entries oldest first, undated ones last in their old order', () => {
    const deck = deckWith(['1 Nov 2023', 'later', '2023-10-07', 'soon', '2023-10', '26 Oct 2023']);
    const sorted = sortTimelineEntries.perform(deck, { slideId: 't' });
    expect(events(sorted)).toEqual(['e4', 'e2', 'e5', 'e0', 'e1', 'e3']);
    expect(events(deck)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5']);
  });

  it('returns the same deck when already in order or when the slide is not a timeline', () => {
    const deck = deckWith(['2023-10-07', '2023-10-26']);
    expect(sortTimelineEntries.perform(deck, { slideId: 't' })).toBe(deck);
    expect(sortTimelineEntries.perform(deck, { slideId: 'missing' })).toBe(deck);
  });
});
