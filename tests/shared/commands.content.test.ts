import { describe, expect, it } from 'vitest';
import { type Deck, DeckSchema, type SlideOf } from '../../src-shared/deck';
import {
  addBullet,
  addColumn,
  addEntry,
  addJudgment,
  addRow,
  addSlide,
  indentBullet,
  outdentBullet,
  removeBullet,
  removeColumn,
  removeEntry,
  removeJudgment,
  removeRow,
  setBullet,
  setBulletText,
  setCell,
  setCitations,
  setEntry,
  setJudgment,
  setQuote,
} from '../../src-shared/commands';
import { deepFreeze, frozenSmallDeck } from './deckFixture';

function slide<L extends SlideOf<any>['layout']>(deck: Deck, id: string, layout: L): SlideOf<L> {
  const s = deck.slides.find((x) => x.id === id);
  if (!s || s.layout !== layout) throw new Error(`no ${layout} slide ${id}`);
  return s as SlideOf<L>;
}
const levels = (deck: Deck) => slide(deck, 's-limits', 'bullets').bullets.map((b) => b.level);

describe('bullet commands', () => {
  it('addBullet inserts after a bullet at its level, or at the end', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const a = addBullet.perform(deck, { slideId: 's-limits', index: 2, text: 'New point' });
    expect(slide(a, 's-limits', 'bullets').bullets[2]).toEqual({ text: 'New point', level: 1, fragment: false });
    const b = addBullet.perform(deck, { slideId: 's-hamas', list: 'right', text: 'Proxy network', level: 0 });
    expect(slide(b, 's-hamas', 'two-column').right.bullets.at(-1)).toMatchObject({ text: 'Proxy network', level: 0 });
    expect(addBullet.perform(deck, { slideId: 's-limits', list: 'left' })).toBe(deck);
    expect(addBullet.perform(deck, { slideId: 's-bluf' })).toBe(deck);
    expect(JSON.stringify(deck)).toBe(snapshot);
  });

  it('removeBullet and setBulletText change one bullet', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const r = removeBullet.perform(deck, { slideId: 's-limits', index: 0 });
    expect(slide(r, 's-limits', 'bullets').bullets).toHaveLength(3);
    expect(removeBullet.perform(deck, { slideId: 's-limits', index: 7 })).toBe(deck);
    const t = setBulletText.perform(deck, { slideId: 's-hamas', list: 'left', index: 0, text: 'Political ties' });
    expect(slide(t, 's-hamas', 'two-column').left.bullets[0].text).toBe('Political ties');
    expect(slide(t, 's-hamas', 'two-column').right).toBe(slide(deck, 's-hamas', 'two-column').right);
    expect(setBulletText.perform(deck, { slideId: 's-limits', index: 0, text: slide(deck, 's-limits', 'bullets').bullets[0].text })).toBe(deck);
    expect(JSON.stringify(deck)).toBe(snapshot);
  });

  it('setBullet toggles a build step without touching the level', () => {
    const { deck } = frozenSmallDeck();
    const s = setBullet.perform(deck, { slideId: 's-limits', index: 1, patch: { fragment: true } });
    expect(slide(s, 's-limits', 'bullets').bullets[1]).toMatchObject({ fragment: true, level: 1 });
  });

  it('indent: at most one level deeper than the bullet before, never the first, at most 4', () => {
    const { deck, snapshot } = frozenSmallDeck();
    expect(levels(deck)).toEqual([0, 1, 0, 0]);
    expect(indentBullet.perform(deck, { slideId: 's-limits', index: 0 })).toBe(deck);
    expect(indentBullet.perform(deck, { slideId: 's-limits', index: 1 })).toBe(deck);
    const a = indentBullet.perform(deck, { slideId: 's-limits', index: 2 });
    expect(levels(a)).toEqual([0, 1, 1, 0]);
    const b = indentBullet.perform(a, { slideId: 's-limits', index: 2 });
    expect(levels(b)).toEqual([0, 1, 2, 0]);
    let deep = deepFreeze(b);
    for (let i = 0; i < 6; i++) deep = indentBullet.perform(addBullet.perform(deep, { slideId: 's-limits', index: 3 + i }), { slideId: 's-limits', index: 3 + i });
    expect(Math.max(...levels(deep))).toBe(4);
    expect(DeckSchema.safeParse(deep).success).toBe(true);
    expect(JSON.stringify(deck)).toBe(snapshot);
  });

  it('outdent: one level up, level 0 stays', () => {
    const { deck } = frozenSmallDeck();
    expect(levels(outdentBullet.perform(deck, { slideId: 's-limits', index: 1 }))).toEqual([0, 0, 0, 0]);
    expect(outdentBullet.perform(deck, { slideId: 's-limits', index: 0 })).toBe(deck);
    expect(outdentBullet.label).toBe('Outdent bullet');
  });
});

describe('table commands', () => {
  const withTable = () => {
    const { deck } = frozenSmallDeck();
    return deepFreeze(addSlide.perform(deck, { layout: 'table', id: 't' }));
  };
  const table = (d: Deck) => slide(d, 't', 'table');

  it('addRow and addColumn keep the table rectangular', () => {
    const d = withTable();
    let t = addRow.perform(d, { slideId: 't' });
    t = addColumn.perform(t, { slideId: 't', index: 1, header: 'Iran' });
    expect(table(t).columns).toEqual(['', 'Iran', '']);
    expect(table(t).rows).toEqual([['', '', ''], ['', '', '']]);
    t = addRow.perform(t, { slideId: 't', index: 0 });
    expect(table(t).rows.every((r) => r.length === 3)).toBe(true);
    expect(table(d)).toEqual({ ...table(d), columns: ['', ''], rows: [['', '']] });
  });

  it('setCell sets header and body cells', () => {
    const d = withTable();
    let t = setCell.perform(d, { slideId: 't', row: 'header', column: 0, text: 'Turkey' });
    t = setCell.perform(t, { slideId: 't', row: 0, column: 1, text: 'Hamas: political ties' });
    expect(table(t).columns).toEqual(['Turkey', '']);
    expect(table(t).rows).toEqual([['', 'Hamas: political ties']]);
    expect(setCell.perform(t, { slideId: 't', row: 0, column: 1, text: 'Hamas: political ties' })).toBe(t);
    expect(setCell.perform(d, { slideId: 't', row: 5, column: 0, text: 'x' })).toBe(d);
    expect(setCell.perform(d, { slideId: 's-limits', row: 0, column: 0, text: 'x' })).toBe(d);
  });

  it('removeRow and removeColumn', () => {
    const d = withTable();
    const t = addColumn.perform(addRow.perform(d, { slideId: 't' }), { slideId: 't', header: 'C' });
    expect(table(removeRow.perform(t, { slideId: 't', index: 0 })).rows).toHaveLength(1);
    const c = removeColumn.perform(t, { slideId: 't', index: 2 });
    expect(table(c).columns).toEqual(['', '']);
    expect(table(c).rows.every((r) => r.length === 2)).toBe(true);
    expect(removeColumn.perform(t, { slideId: 't', index: 9 })).toBe(t);
  });

  it('stops at 20 columns and 200 rows (the schema caps)', () => {
    let t = withTable();
    for (let i = 0; i < 25; i++) t = addColumn.perform(t, { slideId: 't' });
    for (let i = 0; i < 210; i++) t = addRow.perform(t, { slideId: 't' });
    expect(table(t).columns).toHaveLength(20);
    expect(table(t).rows).toHaveLength(200);
    expect(DeckSchema.safeParse(t).success).toBe(true);
  });
});

describe('timeline, key judgment, quote and citation commands', () => {
  it('addEntry, setEntry, removeEntry', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const a = addEntry.perform(deck, { slideId: 's-timeline', index: 1, date: '2023-10-26', event: 'Hamas leaders visit Moscow' });
    expect(slide(a, 's-timeline', 'timeline').entries[1]).toMatchObject({ date: '2023-10-26', event: 'Hamas leaders visit Moscow' });
    const s = setEntry.perform(a, { slideId: 's-timeline', index: 1, patch: { event: 'Edited' } });
    expect(slide(s, 's-timeline', 'timeline').entries[1]).toMatchObject({ date: '2023-10-26', event: 'Edited' });
    const r = removeEntry.perform(s, { slideId: 's-timeline', index: 1 });
    expect(slide(r, 's-timeline', 'timeline').entries).toEqual(slide(deck, 's-timeline', 'timeline').entries);
    expect(JSON.stringify(deck)).toBe(snapshot);
  });

  it('addJudgment, setJudgment, removeJudgment', () => {
    const { deck } = frozenSmallDeck();
    const a = addJudgment.perform(deck, { slideId: 's-bluf', text: 'Watch the 3+3 format', confidence: 'low' });
    expect(slide(a, 's-bluf', 'bluf').judgments[2]).toMatchObject({ text: 'Watch the 3+3 format', confidence: 'low' });
    const s = setJudgment.perform(a, { slideId: 's-bluf', index: 2, patch: { confidence: 'high', likelihood: 'likely' } });
    expect(slide(s, 's-bluf', 'bluf').judgments[2]).toMatchObject({ confidence: 'high', likelihood: 'likely' });
    expect(slide(removeJudgment.perform(s, { slideId: 's-bluf', index: 0 }), 's-bluf', 'bluf').judgments).toHaveLength(2);
  });

  it('setQuote on a quote slide only', () => {
    const { deck } = frozenSmallDeck();
    const q = deepFreeze(addSlide.perform(deck, { layout: 'quote', id: 'q' }));
    const r = setQuote.perform(q, { slideId: 'q', quote: 'indisputable accomplice', attribution: 'Iranian officials' });
    expect(slide(r, 'q', 'quote')).toMatchObject({ quote: 'indisputable accomplice', attribution: 'Iranian officials' });
    expect(setQuote.perform(deck, { slideId: 's-title', quote: 'x' })).toBe(deck);
  });

  it('setCitations on the slide, a bullet, a judgment and an entry; adds the source', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const c = [{ sourceId: 'mei-2023-turkey-iran', paragraphs: [16] }];
    const s1 = setCitations.perform(deck, { slideId: 's-limits', citations: c });
    expect(s1.slides[4].citations).toEqual(c);
    const s2 = setCitations.perform(deck, { slideId: 's-limits', citations: c, target: { kind: 'bullet', index: 0 } });
    expect(slide(s2, 's-limits', 'bullets').bullets[0].citations).toEqual(c);
    const s3 = setCitations.perform(deck, { slideId: 's-bluf', citations: [], target: { kind: 'judgment', index: 0 } });
    expect('citations' in slide(s3, 's-bluf', 'bluf').judgments[0]).toBe(false);
    const s4 = setCitations.perform(deck, { slideId: 's-timeline', citations: c, target: { kind: 'entry', index: 2 } });
    expect(slide(s4, 's-timeline', 'timeline').entries[2].citations).toEqual(c);
    const source = { id: 'new-src', title: 'New', authors: [], publisher: '', date: '2024', url: '' };
    const s5 = setCitations.perform(deck, { slideId: 's-hamas', citations: [{ sourceId: 'new-src', paragraphs: [1] }], target: { kind: 'bullet', list: 'left', index: 1 }, sources: [source] });
    expect(s5.sources.map((s) => s.id)).toEqual(['mei-2023-turkey-iran', 'new-src']);
    expect(slide(s5, 's-hamas', 'two-column').left.bullets[1].citations).toEqual([{ sourceId: 'new-src', paragraphs: [1] }]);
    expect(JSON.stringify(deck)).toBe(snapshot);
    for (const d of [s1, s2, s3, s4, s5]) expect(DeckSchema.safeParse(d).success).toBe(true);
  });
});
