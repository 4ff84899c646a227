import { describe, expect, it } from 'vitest';
import { pastedLines } from '../../src-shared/text/pastedLines';
import { pasteBullets } from '../../src-shared/commands';
import type { Deck } from '../../src-shared/deck';
import { frozenSmallDeck } from './deckFixture';

describe('pastedLines', () => {
  it('makes one bullet line per non-empty line, without list signs, with indents as levels', () => {
    const word = '•\tAnkara hedges\r\no\tTrade with Iran\r\n\r\n•\tTehran courts Ankara\r\n';
    expect(pastedLines(word)).toEqual([
      { text: 'Ankara hedges', level: 0 },
      { text: 'Trade with Iran', level: 0 },
      { text: 'Tehran courts Ankara', level: 0 },
    ]);
    const web = '  1. First point\n    - a sub point\n          too deep\n2) Second   point\n';
    expect(pastedLines(web)).toEqual([
      { text: 'First point', level: 0 },
      { text: 'a sub point', level: 1 },
      { text: 'too deep', level: 2 },
      { text: 'Second point', level: 0 },
    ]);
  });

  it('keeps markup as inert text and drops control characters', () => {
    expect(pastedLines('<img src=x onerror=alert(1)>\n\u0007bell')).toEqual([
      { text: '<img src=x onerror=alert(1)>', level: 0 },
      { text: 'bell', level: 0 },
    ]);
    expect(pastedLines('\n \n')).toEqual([]);
  });
});

describe('pasteBullets', () => {
  it('splits the bullet at the caret: the first line joins it, the others follow as bullets, the rest ends the last', () => {
    const { deck, snapshot } = frozenSmallDeck();
    const slide = deck.slides.find((s) => s.layout === 'bullets')!;
    if (slide.layout !== 'bullets') throw new Error('fixture');
    const lines = pastedLines('one\n\ttwo\nthree');
    const next: Deck = pasteBullets.perform(deck, { slideId: slide.id, index: 0, lines, before: 'A ', after: ' Z' });
    expect(JSON.stringify(deck)).toBe(snapshot);
    const out = next.slides.find((s) => s.id === slide.id);
    if (out?.layout !== 'bullets') throw new Error('layout');
    expect(out.bullets.slice(0, 3).map((b) => [b.text, b.level])).toEqual([
      ['A one', slide.bullets[0].level],
      ['two', slide.bullets[0].level + 1],
      ['three Z', slide.bullets[0].level],
    ]);
    expect(out.bullets).toHaveLength(slide.bullets.length + 2);
    expect(out.bullets[1].citations).toBeUndefined();
    expect(out.bullets.slice(3)).toEqual(slide.bullets.slice(1));
  });
});
