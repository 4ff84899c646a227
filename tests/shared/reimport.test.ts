import { describe, expect, it } from 'vitest';
import type { Source } from '../../src-shared/deck';
import { deckFromSource } from '../../src-shared/generate';
import { applyReimport, matchParagraphs, paragraphSimilarity, reimportReport } from '../../src-shared/reimport';
import { citationsOfSlide, paragraphHash } from '../../src-shared/sources';
import { checkDeck } from '../../src-shared/tradecraft';
import { generatedSource } from './generatedSourceFixture';

/**
 * A new version of the fixture source: a foreword inserted before ¶1 (so every number moves up by one), ¶5 reworded
 * in a few words, ¶6 cut, the rest unchanged; the title corrected.
 */
function nextVersion(old: Source): Source {
  const texts = old.paragraphs!.map((p) => ({ text: p.text, section: p.section }));
  texts[4] = { ...texts[4], text: texts[4].text.replace('now decides how much water', 'now decides how much river water').replace('the months that matter for rice', 'the months that matter most for rice') };
  texts.splice(5, 1);
  texts.unshift({ text: 'This edition adds river gauge readings published after the first version went online.', section: 'intro' });
  const { arguments: _map, ...rest } = old;
  return { ...rest, title: 'Sharing the Orvane: a dam, a dry season and two neighbours (updated)', paragraphs: texts.map((t, i) => ({ n: i + 1, ...t, hash: paragraphHash(t.text) })) };
}

describe('re-importing a source', () => {
  const old = generatedSource();
  const next = nextVersion(old);

  it('paragraph similarity: Dice coefficient of word bigrams', () => {
    expect(paragraphSimilarity('The dam is full.', 'the  dam is FULL')).toBe(1);
    expect(paragraphSimilarity('a b c d', 'a b c e')).toBeCloseTo(2 / 3);
    expect(paragraphSimilarity('Rain fell in April.', 'Prices rose in spring.')).toBe(0);
  });

  it('matches by hash first, then by similarity; what is left vanished', () => {
    const matches = matchParagraphs(old, next);
    expect(matches.map((m) => [m.old, m.next, m.status])).toEqual([
      [1, 2, 'moved'],
      [2, 3, 'moved'],
      [3, 4, 'moved'],
      [4, 5, 'moved'],
      [5, 6, 'changed'],
      [6, null, 'vanished'],
      [7, 7, 'same'],
      [8, 8, 'same'],
      [9, 9, 'same'],
      [10, 10, 'same'],
    ]);
    expect(matches[4].similarity).toBeGreaterThanOrEqual(0.6);
    expect(matches[4].similarity).toBeLessThan(1);
    expect(matches[5].similarity).toBeLessThan(0.6);
  });

  it('equal texts match one to one, the nearest number first', () => {
    const para = (n: number, text: string) => ({ n, text });
    const a = { paragraphs: [para(1, 'Same words here.'), para(2, 'Same words here.'), para(3, 'Other text entirely.')] };
    const b = { paragraphs: [para(1, 'Other text entirely.'), para(2, 'Same words here.'), para(3, 'Same words here.')] };
    expect(matchParagraphs(a, b).map((m) => [m.old, m.next, m.status])).toEqual([
      [1, 3, 'moved'],
      [2, 2, 'same'],
      [3, 1, 'moved'],
    ]);
  });

  it('the report lists each citation on a changed or vanished paragraph, with its slide and field', () => {
    const deck = deckFromSource(old, 'full-briefing');
    const report = reimportReport(deck, old.id, next);
    expect(report.renumbered).toEqual([
      { from: 1, to: 2 },
      { from: 2, to: 3 },
      { from: 3, to: 4 },
      { from: 4, to: 5 },
      { from: 5, to: 6 },
    ]);
    expect(report.affected).toEqual([
      { slideIndex: 1, slideId: deck.slides[1].id, slideTitle: 'Bottom line up front', field: 'judgments[0]', claimId: 'dam-leverage.claim1', paragraphs: [5], status: 'changed' },
      { slideIndex: 1, slideId: deck.slides[1].id, slideTitle: 'Bottom line up front', field: 'judgments[0]', claimId: 'dam-leverage.claim2', paragraphs: [6], status: 'vanished' },
      { slideIndex: 2, slideId: deck.slides[2].id, slideTitle: 'The Halden dam as leverage', field: 'bullets[0]', claimId: 'dam-leverage.claim1', paragraphs: [5], status: 'changed' },
      { slideIndex: 2, slideId: deck.slides[2].id, slideTitle: 'The Halden dam as leverage', field: 'bullets[1]', claimId: 'dam-leverage.claim2', paragraphs: [6], status: 'vanished' },
    ]);
    expect(() => reimportReport(deck, 'nosuch', next)).toThrow('the deck has no source "nosuch"');
  });

  it('applying it replaces the text, keeps the map and renumbers citations; a vanished paragraph is dropped from both', () => {
    const deck = deckFromSource(old, 'full-briefing');
    const applied = applyReimport(deck, old.id, next);
    const source = applied.sources[0];
    expect(source.id).toBe(old.id);
    expect(source.title).toMatch(/\(updated\)$/);
    expect(source.paragraphs).toEqual(next.paragraphs);
    const items = new Map(source.arguments!.flatMap((a) => [...a.claims, ...a.facts, ...a.counterpoints]).map((i) => [i.id, i.paragraphs]));
    expect(items.get('dam-leverage.fact1')).toEqual([5]);
    expect(items.get('dam-leverage.claim1')).toEqual([6]);
    // ¶6 vanished, and the new ¶6 is the old ¶5: the claim that rested only on it leaves the map.
    expect(items.has('dam-leverage.claim2')).toBe(false);
    expect(items.get('deal-limits.counter1')).toEqual([4, 10]);
    const cited = new Map(applied.slides.flatMap(citationsOfSlide).map((c) => [c.claimId, c.paragraphs]));
    expect(cited.get('dam-leverage.fact1')).toEqual([5]);
    expect(cited.get('dam-leverage.claim1')).toEqual([6]);
    expect(cited.has('dam-leverage.claim2')).toBe(false);
    expect(cited.get('deal-limits.claim2')).toEqual([9]);
    expect(applied.slides.flatMap(citationsOfSlide).every((c) => !c.paragraphs.includes(6) || c.claimId === 'dam-leverage.claim1')).toBe(true);
    // The deck before is untouched. The re-imported deck passes every check but the placeholders and the one
    // bullet whose only paragraph vanished: it is uncited now, and named, rather than pointing at other text.
    expect(deck.sources[0].paragraphs).toEqual(old.paragraphs);
    expect(checkDeck(deck, { argumentMaps: [] }).filter((f) => f.rule !== 'statement-to-do').map((f) => f.message)).toEqual([]);
    expect(checkDeck(applied, { argumentMaps: [] }).filter((f) => f.rule !== 'statement-to-do').map((f) => f.message)).toEqual([
      expect.stringMatching(/^Slide 3, bullet 2: reporting with no citation \(“Kestria might link the reservoir schedule/),
    ]);
  });
});
