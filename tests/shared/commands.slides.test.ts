import { describe, expect, it } from 'vitest';
import { createSlideId, type Deck, DeckSchema, LAYOUTS, serializeDeck } from '../../src-shared/deck';
import {
  addSlide,
  changeLayout,
  deleteSlides,
  duplicateSlides,
  insertSlides,
  moveSlides,
  newSlide,
  setNotes,
  setSlideTitle,
  setSlidesHidden,
  updateDeckSettings,
  updateSlide,
} from '../../src-shared/commands';
import { frozenSmallDeck } from './deckFixture';

const ids = (deck: Deck) => deck.slides.map((s) => s.id);
const ORDER = ['s-title', 's-bluf', 's-hamas', 's-timeline', 's-limits'];

/** Every command result must still be a valid, saveable deck. */
function expectValid(deck: Deck) {
  expect(DeckSchema.safeParse(deck).success).toBe(true);
  expect(() => serializeDeck(deck)).not.toThrow();
}

describe('slide commands (input deep-frozen: a mutation would throw)', () => {
  it('newSlide gives a valid skeleton for every layout', () => {
    for (const layout of LAYOUTS) {
      const slide = newSlide(layout, `id-${layout}`);
      expect(slide.layout).toBe(layout);
      expect(slide.id).toBe(`id-${layout}`);
      expect(slide.hidden).toBe(false);
    }
    expect(newSlide('table', 'x')).toMatchObject({ columns: ['', ''], rows: [['', '']] });
    expect(newSlide('bullets', 'x').bullets).toEqual([{ text: '', level: 0, fragment: false }]);
  });

  it('addSlide inserts at an index with a fresh id, or at the end', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const a = addSlide.perform(deck, { layout: 'quote', index: 1, id: 'new-1' });
    expect(ids(a)).toEqual(['s-title', 'new-1', ...ORDER.slice(1)]);
    expect(a.slides[1]).toMatchObject({ layout: 'quote', quote: '', attribution: '' });
    const b = addSlide.perform(deck, { layout: 'bullets', title: 'Next steps' });
    expect(b.slides).toHaveLength(6);
    expect(b.slides[5].title).toBe('Next steps');
    expect(new Set(ids(b)).size).toBe(6);
    expect(addSlide.perform(deck, { layout: 'bullets', id: 's-bluf' })).toBe(deck);
    expect(JSON.stringify(deck)).toBe(snapshot);
    expectValid(a);
    expect(addSlide.label).toBe('New slide');
  });

  it('deleteSlides removes a multi-selection and ignores unknown ids', () => {
    const { deck, snapshot } = frozenSmallDeck();
    expect(ids(deleteSlides.perform(deck, { ids: ['s-bluf', 's-limits', 'nope'] }))).toEqual(['s-title', 's-hamas', 's-timeline']);
    expect(deleteSlides.perform(deck, { ids: ['nope'] })).toBe(deck);
    expect(JSON.stringify(deck)).toBe(snapshot);
  });

  it('duplicateSlides puts deep copies with new ids after the last selected slide', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const d = duplicateSlides.perform(deck, { ids: ['s-title', 's-hamas'], newIds: ['c1', 'c2'] });
    expect(ids(d)).toEqual(['s-title', 's-bluf', 's-hamas', 'c1', 'c2', 's-timeline', 's-limits']);
    expect({ ...d.slides[4], id: 's-hamas' }).toEqual(deck.slides[2]);
    expect(d.slides[4].layout === 'two-column' && d.slides[4].left.bullets).not.toBe(deck.slides[2].layout === 'two-column' && deck.slides[2].left.bullets);
    const auto = duplicateSlides.perform(deck, { ids: ['s-bluf'], newIds: ['s-title'] });
    expect(new Set(ids(auto)).size).toBe(6);
    expect(JSON.stringify(deck)).toBe(snapshot);
    expectValid(d);
  });

  it('moveSlides: drag slide 5 to position 2, by index or by id', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const expected = ['s-title', 's-limits', 's-bluf', 's-hamas', 's-timeline'];
    expect(ids(moveSlides.perform(deck, { from: [4], to: 1 }))).toEqual(expected);
    expect(ids(moveSlides.perform(deck, { ids: ['s-limits'], to: 1 }))).toEqual(expected);
    expect(moveSlides.label).toBe('Move slide');
    expect(JSON.stringify(deck)).toBe(snapshot);
  });

  it('moveSlides: forward moves follow arrayMove (slide 1 to position 3)', () => {
    const { deck } = frozenSmallDeck();
    expect(ids(moveSlides.perform(deck, { from: [0], to: 2 }))).toEqual(['s-bluf', 's-hamas', 's-title', 's-timeline', 's-limits']);
  });

  it('moveSlides: a multi-selection moves as a block, keeping its order', () => {
    const { deck } = frozenSmallDeck();
    expect(ids(moveSlides.perform(deck, { ids: ['s-limits', 's-bluf'], to: 0 }))).toEqual(['s-bluf', 's-limits', 's-title', 's-hamas', 's-timeline']);
    expect(ids(moveSlides.perform(deck, { from: [0, 1], to: 99 }))).toEqual(['s-hamas', 's-timeline', 's-limits', 's-title', 's-bluf']);
  });

  it('moveSlides: a move to the same place, or of nothing, returns the input deck', () => {
    const { deck } = frozenSmallDeck();
    expect(moveSlides.perform(deck, { from: [2], to: 2 })).toBe(deck);
    expect(moveSlides.perform(deck, { ids: ['missing'], to: 0 })).toBe(deck);
    expect(moveSlides.perform(deck, { from: [9], to: 0 })).toBe(deck);
  });

  it('setSlidesHidden hides and shows a selection', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const h = setSlidesHidden.perform(deck, { ids: ['s-hamas', 's-limits'], hidden: true });
    expect(h.slides.map((s) => s.hidden)).toEqual([false, false, true, false, true]);
    expect(h.slides[0]).toBe(deck.slides[0]);
    expect(setSlidesHidden.perform(h, { ids: ['s-hamas'], hidden: false }).slides[2].hidden).toBe(false);
    expect(setSlidesHidden.perform(deck, { ids: ['s-title'], hidden: false })).toBe(deck);
    expect(JSON.stringify(deck)).toBe(snapshot);
  });

  it('setSlideTitle and setNotes change one slide and keep the others by reference', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const t = setSlideTitle.perform(deck, { id: 's-bluf', title: 'BLUF' });
    expect(t.slides[1].title).toBe('BLUF');
    expect(t.slides[0]).toBe(deck.slides[0]);
    expect(setSlideTitle.label).toBe('Edit title');
    expect(setNotes.perform(deck, { id: 's-limits', notes: 'New notes' }).slides[4].notes).toBe('New notes');
    expect(setNotes.perform(deck, { id: 's-limits', notes: deck.slides[4].notes })).toBe(deck);
    expect(setNotes.perform(deck, { id: 'nope', notes: 'x' })).toBe(deck);
    expect(JSON.stringify(deck)).toBe(snapshot);
  });

  it('updateSlide patches fields; unchanged values return the input deck', () => {
    const { deck } = frozenSmallDeck();
    const u = updateSlide.perform(deck, { id: 's-title', patch: { subtitle: 'Alignment without alliance', portionMarking: '(U)' } });
    expect(u.slides[0]).toMatchObject({ subtitle: 'Alignment without alliance', portionMarking: '(U)', id: 's-title' });
    expect(updateSlide.perform(deck, { id: 's-title', patch: { title: deck.slides[0].title } })).toBe(deck);
    expectValid(u);
  });

  it('updateDeckSettings changes settings and merges the classification banner', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const s = updateDeckSettings.perform(deck, { patch: { theme: 'briefing-dark', language: 'fa', direction: 'rtl', classification: { level: 'secret' } } });
    expect(s).toMatchObject({ theme: 'briefing-dark', language: 'fa', direction: 'rtl', classification: { text: 'UNCLASSIFIED // FOR TRAINING', level: 'secret' } });
    expect(s.slides).toBe(deck.slides);
    expect(updateDeckSettings.perform(deck, { patch: { title: deck.title, classification: { level: 'unclassified' } } })).toBe(deck);
    expect(updateDeckSettings.perform(deck, { patch: { pacing: { targetMinutes: 10 } } }).pacing).toEqual({ targetMinutes: 10 });
    expect(JSON.stringify(deck)).toBe(snapshot);
    expectValid(s);
  });

  it('insertSlides deep-copies, re-ids clashes and adds missing sources', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const extra = [newSlide('bullets', 's-bluf'), newSlide('quote', 'q-1')];
    const source = { id: 'other', title: 'Other', authors: [], publisher: '', date: '2024', url: '' };
    const r = insertSlides.perform(deck, { index: 2, slides: extra, sources: [deck.sources[0], source] });
    expect(r.slides).toHaveLength(7);
    expect(r.slides[2].id).not.toBe('s-bluf');
    expect(r.slides[3].id).toBe('q-1');
    expect(new Set(ids(r)).size).toBe(7);
    expect(r.sources.map((s) => s.id)).toEqual(['mei-2023-turkey-iran', 'other']);
    expect(insertSlides.perform(deck, { slides: [] })).toBe(deck);
    expect(JSON.stringify(deck)).toBe(snapshot);
    expectValid(r);
  });

  it('the commands that make slides are pure: no clock or randomness inside perform, ids from the caller or a generator', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const clashing = [newSlide('bullets', 's-bluf'), newSlide('quote', 's-bluf')];
    for (const run of [
      () => addSlide.perform(deck, { layout: 'bullets' }),
      () => duplicateSlides.perform(deck, { ids: ['s-bluf', 's-hamas'] }),
      () => insertSlides.perform(deck, { slides: clashing }),
    ]) expect(serializeDeck(run())).toBe(serializeDeck(run()));
    expect(ids(addSlide.perform(deck, { layout: 'bullets' })).at(-1)).toBe('slide-1');
    expect(ids(duplicateSlides.perform(deck, { ids: ['s-bluf', 's-hamas'] }))).toEqual(['s-title', 's-bluf', 's-hamas', 'slide-1', 'slide-2', 's-timeline', 's-limits']);
    let n = 0;
    const given = insertSlides.perform(deck, { slides: clashing, newId: () => `mine-${++n}` });
    expect(ids(given).slice(-2)).toEqual(['mine-1', 'mine-2']);
    // A generator that answers an id already in the deck is not trusted: the deterministic fallback fills in.
    expect(ids(insertSlides.perform(deck, { slides: clashing, newId: () => 's-title' })).slice(-2)).toEqual(['slide-1', 'slide-2']);
    expect(JSON.stringify(deck)).toBe(snapshot);
  });

  it('createSlideId is unique even when Math.random repeats', () => {
    const made = new Set(Array.from({ length: 2000 }, () => createSlideId()));
    expect(made.size).toBe(2000);
    const random = Math.random;
    const crypto = globalThis.crypto;
    try {
      Math.random = () => 0.5;
      Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
      expect(new Set([createSlideId(), createSlideId(), createSlideId()]).size).toBe(3);
    } finally {
      Math.random = random;
      Object.defineProperty(globalThis, 'crypto', { value: crypto, configurable: true });
    }
    expect(createSlideId()).toMatch(/^s-[0-9a-z]+-[0-9a-z]+-[0-9a-z]{6}$/);
  });
});

describe('changing a layout keeps the text', () => {
  it('bullets -> two-column -> bullets keeps every bullet, level and citation', () => {
    const { deck } = frozenSmallDeck();
    const two = changeLayout.perform(deck, { id: 's-limits', layout: 'two-column' });
    const slide = two.slides[4];
    expect(slide.layout).toBe('two-column');
    if (slide.layout !== 'two-column' || deck.slides[4].layout !== 'bullets') throw new Error('layout');
    expect(slide.left.bullets).toEqual(deck.slides[4].bullets);
    expect('bullets' in slide).toBe(false);
    expect(slide).toMatchObject({ title: deck.slides[4].title, notes: deck.slides[4].notes, citations: deck.slides[4].citations });
    const back = changeLayout.perform(two, { id: 's-limits', layout: 'bullets' });
    expect(back.slides[4]).toEqual(deck.slides[4]);
    expectValid(two);
  });

  it('two-column -> bullets makes headings top-level bullets over their indented bullets', () => {
    const { deck } = frozenSmallDeck();
    const b = updateSlide.perform(deck, { id: 's-hamas', patch: { layout: 'bullets' } });
    const slide = b.slides[2];
    if (slide.layout !== 'bullets') throw new Error('layout');
    expect(slide.bullets.map((x) => [x.text, x.level])).toEqual([
      ['Ankara', 0],
      ['Political ties; hosts Hamas officials', 1],
      ['Does not list Hamas as a terrorist group', 2],
      ['Tehran', 0],
      ['Material and military support', 1],
      ['Part of the "axis of resistance"', 2],
    ]);
    expectValid(b);
  });

  it('timeline -> bullets -> timeline keeps dates and events', () => {
    const { deck } = frozenSmallDeck();
    const b = changeLayout.perform(deck, { id: 's-timeline', layout: 'bullets' });
    const t = changeLayout.perform(b, { id: 's-timeline', layout: 'timeline' });
    const before = deck.slides[3];
    const after = t.slides[3];
    if (before.layout !== 'timeline' || after.layout !== 'timeline') throw new Error('layout');
    expect(after.entries.map((e) => [e.date, e.event, e.fragment])).toEqual(before.entries.map((e) => [e.date, e.event, e.fragment]));
    expectValid(t);
  });

  it('every layout converts to every other and stays valid', () => {
    const { deck } = frozenSmallDeck();
    for (const from of deck.slides) {
      for (const layout of LAYOUTS) {
        const next = changeLayout.perform(deck, { id: from.id, layout });
        expect(next.slides.find((s) => s.id === from.id)?.layout).toBe(layout);
        expectValid(next);
      }
    }
    expect(changeLayout.perform(deck, { id: 's-bluf', layout: 'bluf' })).toBe(deck);
  });

  it('a new, empty slide takes the new layout\'s own empty fields: both columns get a bullet to type in', () => {
    const { deck } = frozenSmallDeck();
    const added = addSlide.perform(deck, { layout: 'bullets', id: 's-new' });
    const two = changeLayout.perform(added, { id: 's-new', layout: 'two-column' }).slides.find((s) => s.id === 's-new');
    if (two?.layout !== 'two-column') throw new Error('layout');
    expect([two.left.bullets.length, two.right.bullets.length]).toEqual([1, 1]);
    const table = changeLayout.perform(added, { id: 's-new', layout: 'table' }).slides.find((s) => s.id === 's-new');
    expect(table).toMatchObject({ columns: ['', ''], rows: [['', '']] });
  });

  it('bluf -> quote keeps the BLUF and judgments as lines', () => {
    const { deck } = frozenSmallDeck();
    const q = changeLayout.perform(deck, { id: 's-bluf', layout: 'quote' }).slides[1];
    if (q.layout !== 'quote' || deck.slides[1].layout !== 'bluf') throw new Error('layout');
    expect(q.quote.split('\n')).toEqual([deck.slides[1].bluf, ...deck.slides[1].judgments.map((j) => j.text)]);
  });

  it('keeps unknown fields of the slide', () => {
    const { deck } = frozenSmallDeck();
    const withExtra = { ...deck, slides: deck.slides.map((s, i) => (i === 4 ? { ...s, speakerColour: '#a00' } : s)) } as Deck;
    const c = changeLayout.perform(withExtra, { id: 's-limits', layout: 'quote' });
    expect((c.slides[4] as Record<string, unknown>).speakerColour).toBe('#a00');
  });
});
