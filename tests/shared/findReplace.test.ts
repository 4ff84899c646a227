import { describe, expect, it } from 'vitest';
import { compareDeckPlaces, findInDeck, queryPattern, slideTextFields } from '../../src-shared/find';
import { countReplaceable, replaceAll, replaceMatch } from '../../src-shared/commands';
import { type Deck, DeckSchema, SCHEMA_VERSION, type Slide } from '../../src-shared/deck';
import { deepFreeze } from './deckFixture';

const slides = [
  { id: 'a', layout: 'title', title: 'Turkey and Iran', subtitle: 'After 7 October', notes: 'Say: iran first.' },
  { id: 'b', layout: 'bluf', title: 'BLUF', bluf: 'Ankara and Tehran align.', judgments: [{ text: 'Iranian aims diverge.' }] },
  { id: 'c', layout: 'bullets', title: 'Trade', bullets: [{ text: 'Iran sells gas; IRAN buys goods.' }, { text: 'Tehran.' }] },
  { id: 'd', layout: 'two-column', title: 'Compared', left: { heading: 'Iran', bullets: [{ text: 'Axis' }] }, right: { heading: 'Turkey', bullets: [] } },
  { id: 'e', layout: 'table', title: 'Table', columns: ['Actor', 'Iran'], rows: [['Iran', 'gas'], ['Turkey', 'Iran.']], caption: 'Iran 2023' },
  { id: 'f', layout: 'timeline', title: 'Dates', entries: [{ date: '2023 Iran', event: 'Iran statement' }] },
  { id: 'g', layout: 'quote', title: 'Q', quote: '“Iran $1 will”', attribution: 'Iran MFA' },
] as const;

function deck(): Deck {
  return deepFreeze(DeckSchema.parse({ schemaVersion: SCHEMA_VERSION, title: 'T', slides }));
}

describe('findInDeck', () => {
  it('finds in titles, bullets, judgments, column headings, cells, caption, timeline, quote and notes, in reading order', () => {
    const m = findInDeck(deck(), 'iran', { matchCase: false, wholeWord: false });
    const where = m.map((x) => `${x.slideId}:${x.field}`);
    expect(where).toEqual([
      'a:title', 'a:notes', 'b:judgments[0]', 'c:bullets[0]', 'c:bullets[0]', 'd:left.heading',
      'e:columns[1]', 'e:rows[0]', 'e:rows[1][1]', 'e:caption', 'f:entries[0].date', 'f:entries[0]', 'g:quote', 'g:attribution',
    ]);
    expect([...m].sort(compareDeckPlaces)).toEqual(m);
    expect(m[3]).toMatchObject({ label: 'Bullet 1', start: 0, end: 4 });
  });

  it('honours match case and whole word, and takes the query literally', () => {
    expect(findInDeck(deck(), 'Iran', { matchCase: true, wholeWord: false }).filter((x) => x.slideId === 'c')).toHaveLength(1);
    const whole = findInDeck(deck(), 'iran', { matchCase: false, wholeWord: true });
    expect(whole.some((x) => x.field === 'judgments[0]')).toBe(false); // "Iranian" is another word
    expect(whole.some((x) => x.field === 'rows[1][1]')).toBe(true); // "Iran." ends at a full stop
    expect(findInDeck(deck(), '.', { matchCase: false, wholeWord: false }).every((x) => x.end - x.start === 1)).toBe(true);
    expect(findInDeck(deck(), 'T.e', { matchCase: false, wholeWord: false })).toEqual([]);
    expect(queryPattern('', { matchCase: false, wholeWord: false })).toBeNull();
  });
});

describe('replaceAll and replaceMatch', () => {
  it('replaces every match as one command, literally, and leaves the input unchanged', () => {
    const before = deck();
    const snapshot = JSON.stringify(before);
    const args = { query: 'iran', replacement: 'I$&R', options: { matchCase: false, wholeWord: true } };
    expect(countReplaceable(before, args)).toBe(13);
    const next = replaceAll.perform(before, args);
    expect(JSON.stringify(before)).toBe(snapshot);
    expect(findInDeck(next, 'iran', { matchCase: false, wholeWord: true })).toEqual([]);
    const bullets = next.slides[2] as Extract<Slide, { layout: 'bullets' }>;
    expect(bullets.bullets[0].text).toBe('I$&R sells gas; I$&R buys goods.');
    expect((next.slides[1] as Extract<Slide, { layout: 'bluf' }>).judgments[0].text).toBe('Iranian aims diverge.');
    expect(next.slides[4]).toMatchObject({ columns: ['Actor', 'I$&R'], rows: [['I$&R', 'gas'], ['Turkey', 'I$&R.']], caption: 'I$&R 2023' });
    expect(next.slides[5]).toMatchObject({ entries: [{ date: '2023 I$&R', event: 'I$&R statement' }] });
    expect(replaceAll.perform(before, { ...args, query: 'nowhere' })).toBe(before);
  });

  it('replaces one match only while the field still holds it there', () => {
    const before = deck();
    const options = { matchCase: true, wholeWord: false };
    const [first] = findInDeck(before, 'IRAN', options);
    const next = replaceMatch.perform(before, { query: 'IRAN', replacement: 'Iran', options, match: first });
    expect((next.slides[2] as Extract<Slide, { layout: 'bullets' }>).bullets[0].text).toBe('Iran sells gas; Iran buys goods.');
    expect(replaceMatch.perform(next, { query: 'IRAN', replacement: 'Iran', options, match: first })).toBe(next);
  });

  it('never lets a field grow past its schema limit', () => {
    const long = DeckSchema.parse({ schemaVersion: SCHEMA_VERSION, title: 'T', slides: [{ id: 'x', layout: 'bullets', title: 'a'.repeat(3990) }] });
    const next = replaceAll.perform(long, { query: 'a', replacement: 'bb', options: { matchCase: false, wholeWord: false } });
    expect(next).toBe(long);
    expect(slideTextFields(long.slides[0]).map((f) => f.field)).toEqual(['title', 'notes']);
  });
});
