import { describe, expect, it } from 'vitest';
import { citeParagraphs, newCitedBullet, withParagraphsCited } from '../../src-shared/commands';
import type { Deck } from '../../src-shared/deck';
import { deepFreeze } from './deckFixture';
import { loadImportedSourceDeck } from './importedSourceFixture';

const H = 'harbour-report-2024';
const fresh = (): Deck => deepFreeze(loadImportedSourceDeck());
const slide = (d: Deck, id: string) => d.slides.find((s) => s.id === id)! as Extract<Deck['slides'][number], { layout: 'bullets' }>;

describe('withParagraphsCited', () => {
  it('merges into the bare citation of the same source, appends otherwise, and keeps claim citations as they are', () => {
    const claim = { sourceId: H, paragraphs: [2], claimId: 'x.claim1' };
    expect(withParagraphsCited([claim, { sourceId: H, paragraphs: [5, 3] }], H, [4])).toEqual([claim, { sourceId: H, paragraphs: [3, 4, 5] }]);
    expect(withParagraphsCited([claim], H, [4])).toEqual([claim, { sourceId: H, paragraphs: [4] }]);
    const same = [{ sourceId: H, paragraphs: [4] }];
    expect(withParagraphsCited(same, H, [4])).toBe(same);
  });
});

describe('citeParagraphs', () => {
  it('cites on a bullet, one command with the label "Cite ¶5", leaving the input deck unchanged', () => {
    const deck = fresh();
    const command = citeParagraphs(H, [5]);
    expect(command.label).toBe('Cite ¶5');
    const next = command.perform(deck, { slideId: 's-ports', target: { kind: 'bullet', index: 2 } });
    expect(slide(next, 's-ports').bullets[2].citations).toEqual([{ sourceId: H, paragraphs: [5] }]);
    expect(slide(deck, 's-ports').bullets[2].citations).toBeUndefined();
  });

  it('merges with the same source already cited on the statement; citing it again changes nothing', () => {
    const deck = fresh();
    const next = citeParagraphs(H, [4, 5]).perform(deck, { slideId: 's-ports', target: { kind: 'bullet', index: 0 } });
    expect(slide(next, 's-ports').bullets[0].citations).toEqual([{ sourceId: H, paragraphs: [3, 4, 5] }]);
    expect(citeParagraphs(H, [3]).perform(next, { slideId: 's-ports', target: { kind: 'bullet', index: 0 } })).toBe(next);
    expect(citeParagraphs(H, [4, 5]).label).toBe('Cite ¶4–5');
  });

  it('cites on a key judgment, a column bullet, a timeline entry and the slide itself', () => {
    let d = fresh();
    d = citeParagraphs(H, [1]).perform(d, { slideId: 's-bluf', target: { kind: 'judgment', index: 0 } });
    d = citeParagraphs(H, [1]).perform(d, { slideId: 's-grain', target: { kind: 'bullet', list: 'right', index: 0 } });
    d = citeParagraphs(H, [2]).perform(d, { slideId: 's-timeline', target: { kind: 'entry', index: 0 } });
    d = citeParagraphs(H, [2]).perform(d, { slideId: 's-title' });
    const [, , bluf, grain, timeline] = d.slides;
    expect(bluf.layout === 'bluf' && bluf.judgments[0].citations).toEqual([{ sourceId: H, paragraphs: [1, 7, 8] }]);
    expect(grain.layout === 'two-column' && grain.right.bullets[0].citations?.at(-1)).toEqual({ sourceId: H, paragraphs: [1] });
    expect(timeline.layout === 'timeline' && timeline.entries[0].citations?.at(-1)).toEqual({ sourceId: H, paragraphs: [2] });
    expect(d.slides[0].citations).toEqual([{ sourceId: H, paragraphs: [2] }]);
  });

  it('returns the deck itself for a missing slide or statement, and refuses an empty paragraph list', () => {
    const deck = fresh();
    expect(citeParagraphs(H, [1]).perform(deck, { slideId: 'nope' })).toBe(deck);
    expect(citeParagraphs(H, [1]).perform(deck, { slideId: 's-ports', target: { kind: 'bullet', index: 9 } })).toBe(deck);
    expect(citeParagraphs(H, [1]).perform(deck, { slideId: 's-ports', target: { kind: 'judgment', index: 0 } })).toBe(deck);
    expect(() => citeParagraphs(H, [])).toThrow('Nothing to cite: no paragraph number was given.');
  });

  it('adds a source record to deck.sources when it is not listed yet', () => {
    const deck = fresh();
    const src = { id: 'new-src', title: 'New', authors: [], publisher: '', date: '2024', url: '' };
    const next = citeParagraphs('new-src', [1]).perform(deck, { slideId: 's-ports', sources: [src] });
    expect(next.sources.map((s) => s.id)).toEqual([...deck.sources.map((s) => s.id), 'new-src']);
  });
});

describe('newCitedBullet', () => {
  it('adds an empty reporting bullet with the citation after the given one, labelled "New bullet from ¶4"', () => {
    const deck = fresh();
    const command = newCitedBullet(H, [4]);
    expect(command.label).toBe('New bullet from ¶4');
    const next = command.perform(deck, { slideId: 's-ports', index: 1 });
    expect(slide(next, 's-ports').bullets.map((b) => b.text)).toEqual(["Velmar's quays are nearly full", '', 'Ostrava has room to grow', 'Rail is the real constraint']);
    expect(slide(next, 's-ports').bullets[1]).toEqual({ text: '', level: 0, fragment: false, kind: 'reporting', citations: [{ sourceId: H, paragraphs: [4] }] });
  });

  it('adds to a column of a two-column slide; on a layout without that list the deck is unchanged', () => {
    const deck = fresh();
    const next = newCitedBullet(H, [2, 3]).perform(deck, { slideId: 's-grain', list: 'left' });
    const grain = next.slides[3];
    expect(grain.layout === 'two-column' && grain.left.bullets.at(-1)).toMatchObject({ text: '', kind: 'reporting', citations: [{ sourceId: H, paragraphs: [2, 3] }] });
    expect(newCitedBullet(H, [1]).perform(deck, { slideId: 's-bluf' })).toBe(deck);
    expect(newCitedBullet(H, [1]).perform(deck, { slideId: 's-grain' })).toBe(deck);
  });
});
