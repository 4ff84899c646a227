import { describe, expect, it } from 'vitest';
import { DeckSchema, type Deck, type SlideOf } from '../../src-shared/deck';
import {
  acknowledgeFinding,
  addRow,
  removeRow,
  setPicturePortionMarking,
  setRowKind,
  unacknowledgeFinding,
  updateDeckSettings,
} from '../../src-shared/commands';
import { checkDeck } from '../../src-shared/tradecraft';
import { deepFreeze, frozenSmallDeck } from './deckFixture';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** The small deck plus a table slide and a slide with a picture, frozen. */
function deckWithTableAndPicture(): { deck: Deck; snapshot: string } {
  const { deck } = frozenSmallDeck();
  const extra = [
    { id: 's-table', layout: 'table', title: 'Compared', columns: ['Actor', 'View'], rows: [['Ankara', 'reform'], ['Tehran', 'overturn']] },
    { id: 's-pic', layout: 'section', title: 'Map', background: { src: PNG, alt: 'Region map' } },
  ];
  const next = deepFreeze(DeckSchema.parse({ ...deck, slides: [...deck.slides, ...extra] }));
  return { deck: next, snapshot: JSON.stringify(next) };
}
const table = (deck: Deck) => deck.slides.find((s) => s.id === 's-table') as SlideOf<'table'>;

describe('statement kinds of table rows', () => {
  it('setRowKind sets and clears one row, keeping rowKinds as long as the rows', () => {
    const { deck, snapshot } = deckWithTableAndPicture();
    const a = setRowKind.perform(deck, { slideId: 's-table', index: 1, kind: 'reporting' });
    expect(table(a).rowKinds).toEqual([null, 'reporting']);
    const b = setRowKind.perform(a, { slideId: 's-table', index: 0, kind: 'judgment' });
    expect(table(b).rowKinds).toEqual(['judgment', 'reporting']);
    expect(setRowKind.perform(b, { slideId: 's-table', index: 0, kind: 'judgment' })).toBe(b);
    const cleared = setRowKind.perform(a, { slideId: 's-table', index: 1, kind: undefined });
    expect('rowKinds' in table(cleared)).toBe(false);
    expect(setRowKind.perform(deck, { slideId: 's-table', index: 2, kind: 'reporting' })).toBe(deck);
    expect(setRowKind.perform(deck, { slideId: 's-limits', index: 0, kind: 'reporting' })).toBe(deck);
    expect(JSON.stringify(deck)).toBe(snapshot);
  });

  it('addRow and removeRow keep each kind on its row', () => {
    const { deck } = deckWithTableAndPicture();
    const kinded = setRowKind.perform(deck, { slideId: 's-table', index: 1, kind: 'assumption' });
    const added = addRow.perform(kinded, { slideId: 's-table', index: 0 });
    expect(table(added).rows.map((r) => r[0])).toEqual(['', 'Ankara', 'Tehran']);
    expect(table(added).rowKinds).toEqual([null, null, 'assumption']);
    const removed = removeRow.perform(added, { slideId: 's-table', index: 1 });
    expect(table(removed).rows.map((r) => r[0])).toEqual(['', 'Tehran']);
    expect(table(removed).rowKinds).toEqual([null, 'assumption']);
  });
});

describe('picture portion marking', () => {
  it('setPicturePortionMarking marks and unmarks a picture; a slide without one is left alone', () => {
    const { deck, snapshot } = deckWithTableAndPicture();
    const marked = setPicturePortionMarking.perform(deck, { slideId: 's-pic', portionMarking: '(U)' });
    expect(marked.slides.find((s) => s.id === 's-pic')?.background).toEqual({ src: PNG, alt: 'Region map', fit: 'contain', portionMarking: '(U)' });
    expect(setPicturePortionMarking.perform(marked, { slideId: 's-pic', portionMarking: '(U)' })).toBe(marked);
    const unmarked = setPicturePortionMarking.perform(marked, { slideId: 's-pic', portionMarking: '' });
    expect(unmarked.slides.find((s) => s.id === 's-pic')?.background).toEqual({ src: PNG, alt: 'Region map', fit: 'contain' });
    expect(setPicturePortionMarking.perform(deck, { slideId: 's-limits', portionMarking: '(U)' })).toBe(deck);
    expect(JSON.stringify(deck)).toBe(snapshot);
  });
});

describe('acknowledging findings', () => {
  const key = { rule: 'vague-hedge', slideId: 's-bluf', field: 'judgments[0]' } as const;

  it('acknowledgeFinding stores the reason, and checkDeck shows the finding as acknowledged', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const hedged = deepFreeze(DeckSchema.parse({
      ...deck,
      slides: deck.slides.map((s) => (s.layout === 'bluf' ? { ...s, judgments: [{ ...s.judgments[0], text: 'Ankara may side with Tehran.', likelihood: undefined }] } : s)),
    }));
    const finding = checkDeck(hedged, { argumentMaps: [] }).find((f) => f.rule === 'vague-hedge');
    expect(finding).toMatchObject(key);
    const acked = acknowledgeFinding.perform(hedged, { ...key, reason: '  The source itself hedges here. ', by: 'Analyst', date: '2026-12-07' });
    expect(acked.tradecraft?.acknowledgements).toEqual([{ ...key, reason: 'The source itself hedges here.', by: 'Analyst', date: '2026-12-07' }]);
    expect(acked.tradecraft?.yardstick).toBe('icd203');
    expect(checkDeck(acked, { argumentMaps: [] }).find((f) => f.rule === 'vague-hedge')?.acknowledged).toEqual({ reason: 'The source itself hedges here.', by: 'Analyst', date: '2026-12-07' });
    // A second acknowledgement of the same finding replaces the first.
    const again = acknowledgeFinding.perform(acked, { ...key, reason: 'Reworded reason' });
    expect(again.tradecraft?.acknowledgements.map((a) => a.reason)).toEqual(['Reworded reason']);
    expect(JSON.stringify(deck)).toBe(snapshot);
  });

  it('acknowledgeFinding refuses an empty reason', () => {
    const { deck } = frozenSmallDeck();
    expect(() => acknowledgeFinding.perform(deck, { ...key, reason: '   ' })).toThrow('An acknowledgement needs a reason.');
  });

  it('unacknowledgeFinding withdraws only that finding', () => {
    const { deck } = frozenSmallDeck();
    const two = acknowledgeFinding.perform(acknowledgeFinding.perform(deck, { ...key, reason: 'one' }), { ...key, field: 'judgments[1]', reason: 'two' });
    const one = unacknowledgeFinding.perform(two, key);
    expect(one.tradecraft?.acknowledgements.map((a) => a.field)).toEqual(['judgments[1]']);
    expect(unacknowledgeFinding.perform(one, key)).toBe(one);
    expect(unacknowledgeFinding.perform(deck, key)).toBe(deck);
  });
});

describe('tradecraft and marking settings', () => {
  it('updateDeckSettings sets the yardstick, note, scheme and authority block in one step', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const acked = acknowledgeFinding.perform(deck, { rule: 'vague-hedge', slideId: 's-bluf', field: 'judgments[0]', reason: 'kept' });
    const next = updateDeckSettings.perform(acked, {
      patch: {
        tradecraft: { yardstick: 'phia', mixedTermsNote: '' },
        marking: { scheme: 'capco', authority: { classifiedBy: 'J. Analyst', derivedFrom: 'Multiple sources', declassifyOn: '20511231' } },
      },
    });
    expect(next.tradecraft).toMatchObject({ yardstick: 'phia', mixedTermsNote: '' });
    expect(next.tradecraft?.acknowledgements).toHaveLength(1);
    expect(next.marking).toEqual({ scheme: 'capco', authority: { classifiedBy: 'J. Analyst', derivedFrom: 'Multiple sources', declassifyOn: '20511231' } });
    // The defaults of a deck without the fields are no change.
    expect(updateDeckSettings.perform(deck, { patch: { tradecraft: { yardstick: 'icd203', mixedTermsNote: '' }, marking: { scheme: 'none', authority: { classifiedBy: '' } } } })).toBe(deck);
    // An authority block emptied again is dropped.
    const back = updateDeckSettings.perform(next, { patch: { marking: { scheme: 'tlp', authority: { classifiedBy: '', derivedFrom: '', declassifyOn: '' } } } });
    expect(back.marking).toEqual({ scheme: 'tlp' });
    expect(JSON.stringify(deck)).toBe(snapshot);
  });
});
