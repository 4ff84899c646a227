import { describe, expect, it } from 'vitest';
import type { Deck, Slide } from '../../src-shared/deck';
import { paragraphHash } from '../../src-shared/sources';
import { sourceCoverage } from '../../src-shared/coverage';
import { loadBuiltInMap, loadImportedSourceDeck } from './importedSourceFixture';

const deck = loadImportedSourceDeck();
const map = loadBuiltInMap();
const bySource = (d: Pick<Deck, 'sources' | 'slides'>, maps = [map]) => Object.fromEntries(sourceCoverage(d, maps).map((c) => [c.sourceId, c]));

describe('the imported-source fixture deck', () => {
  it('carries each paragraph with the hash of its text and a section of its source', () => {
    for (const source of deck.sources.filter((s) => s.paragraphs)) {
      const sections = new Set(source.sections!.map((s) => s.id));
      for (const p of source.paragraphs!) {
        expect(p.hash).toBe(paragraphHash(p.text));
        expect(sections.has(p.section!)).toBe(true);
      }
    }
  });
});

describe('sourceCoverage', () => {
  it('gives one entry per deck source, in deck order, with the paragraph count from the text or the map', () => {
    const all = sourceCoverage(deck, [map]);
    expect(all.map((c) => [c.sourceId, c.paragraphCount])).toEqual([
      ['harbour-report-2024', 8],
      ['grain-corridors-2024', 5],
      ['mei-2023-turkey-iran', 19],
    ]);
  });

  it('lists cited and never-cited paragraphs of an imported source, with every citation of each slide counted', () => {
    const h = bySource(deck)['harbour-report-2024'];
    // ¶3, ¶4 on bullets; ¶5 slide-level on the BLUF slide and on the hidden backup; ¶7–8 on a key judgment; ¶6 backup only.
    expect(h.cited).toEqual([3, 4, 5, 6, 7, 8]);
    expect(h.neverCited).toEqual([1, 2]);
    expect(h.hiddenOnly).toEqual([6]);
    expect(h.unknown).toEqual([]);
    expect(h.paragraphs.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(h.paragraphs[4].slides).toEqual([
      { index: 2, id: 's-bluf', title: 'Bottom line', hidden: false },
      { index: 5, id: 's-backup', title: 'Backup: the junction', hidden: true },
    ]);
    expect(h.arguments).toBeNull();
    expect(h.citedArguments).toEqual([]);
  });

  it('finds the arguments cited by claim id or by the slide’s argumentIds, and those never cited', () => {
    const g = bySource(deck)['grain-corridors-2024'];
    expect(g.cited).toEqual([2, 3, 4]);
    expect(g.neverCited).toEqual([1, 5]);
    expect(g.citedArguments).toEqual(['corridors', 'premiums']);
    expect(g.uncitedArguments).toEqual(['escort']);
    // Slide 4 cites corridors twice (argumentIds and a claim of a column bullet): listed once.
    expect(g.arguments?.find((a) => a.id === 'corridors')?.slides.map((s) => s.id)).toEqual(['s-grain']);
    // A bare citation of ¶4 (the timeline) does not cite the arguments whose claims rest on ¶4.
    expect(g.arguments?.find((a) => a.id === 'escort')?.slides).toEqual([]);
  });

  it('uses the built-in argument map for the article that has no text in the deck', () => {
    const m = bySource(deck)['mei-2023-turkey-iran'];
    expect(m.paragraphCount).toBe(19);
    expect(m.cited).toEqual([3]);
    expect(m.neverCited).toHaveLength(18);
    expect(m.arguments?.map((a) => a.id)).toEqual(map.arguments.map((a) => a.id));
    expect(m.citedArguments).toEqual([]);
    expect(m.uncitedArguments).toHaveLength(map.arguments.length);
  });

  it('without the map, the article has no known count: only its cited paragraphs are listed', () => {
    const m = bySource(deck, [])['mei-2023-turkey-iran'];
    expect(m).toMatchObject({ paragraphCount: null, cited: [3], neverCited: [], arguments: null });
    expect(m.paragraphs).toEqual([{ n: 3, slides: [{ index: 6, id: 's-context', title: 'Context from the built-in article', hidden: false }] }]);
  });

  it('reports a cited paragraph the source does not have, after the known ones', () => {
    const extra: Slide = { ...deck.slides[1], id: 's-extra', citations: [{ sourceId: 'harbour-report-2024', paragraphs: [40] }] } as Slide;
    const h = bySource({ ...deck, slides: [...deck.slides, extra] })['harbour-report-2024'];
    expect(h.unknown).toEqual([40]);
    expect(h.paragraphs.at(-1)).toMatchObject({ n: 40 });
    expect(h.neverCited).toEqual([1, 2]);
  });

  it('a source no slide cites has every paragraph never cited; a deck without sources gives []', () => {
    const onlyTitle = { sources: deck.sources, slides: [deck.slides[0]] };
    const h = bySource(onlyTitle)['harbour-report-2024'];
    expect(h.cited).toEqual([]);
    expect(h.neverCited).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(bySource(onlyTitle)['grain-corridors-2024'].uncitedArguments).toEqual(['corridors', 'premiums', 'escort']);
    expect(sourceCoverage({ sources: [], slides: deck.slides }, [map])).toEqual([]);
  });

  it('a claim id of another source does not count for this source’s arguments', () => {
    const slide = { ...deck.slides[0], id: 's-x', citations: [{ sourceId: 'harbour-report-2024', paragraphs: [1], claimId: 'escort.claim1' }] } as Slide;
    const g = bySource({ sources: deck.sources, slides: [slide] })['grain-corridors-2024'];
    expect(g.citedArguments).toEqual([]);
  });
});
