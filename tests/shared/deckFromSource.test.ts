import { describe, expect, it } from 'vitest';
import { DeckSchema, isToDo, type Deck, type Slide } from '../../src-shared/deck';
import { deckFromSource, SOURCE_SHAPES, type SourceShape } from '../../src-shared/generate';
import { checkDeck, deckStatements } from '../../src-shared/tradecraft';
import { generatedSource, unmappedSource } from './generatedSourceFixture';

const check = (deck: Deck) => checkDeck(deck, { argumentMaps: [] });
const sentences = (text: string) => text.split(/(?<=[.?!])\s+(?=[A-Z“"'])/).filter((s) => s.trim() !== '');
const titles = (deck: Deck) => deck.slides.map((s) => s.title);
const slide = <L extends Slide['layout']>(deck: Deck, layout: L) => deck.slides.filter((s): s is Extract<Slide, { layout: L }> => s.layout === layout);

describe.each([
  ['with its argument map', generatedSource],
  ['with no map yet', unmappedSource],
])('deckFromSource, a source %s', (_label, source) => {
  it.each(SOURCE_SHAPES)('%s: a valid deck whose only findings are the placeholders to write', (shape: SourceShape) => {
    const deck = deckFromSource(source(), shape, { date: '2024-06-03' });
    expect(DeckSchema.parse(deck)).toEqual(deck);
    expect(deck.date).toBe('2024-06-03');
    expect(deck.sources.map((s) => s.id)).toEqual(['lwf-2024-orvane']);
    expect(deck.slides[0].layout).toBe('title');
    expect(deck.slides[1].layout).toBe('bluf');
    expect(deck.slides.at(-1)?.layout).toBe('sources');
    expect(new Set(deck.slides.map((s) => s.id)).size).toBe(deck.slides.length);
    const findings = check(deck);
    expect(findings.filter((f) => f.rule !== 'statement-to-do').map((f) => f.message)).toEqual([]);
    const toDo = deckStatements(deck).filter((s) => s.todo);
    expect(toDo.length).toBeGreaterThan(0);
    expect(findings.map((f) => `${f.slideIndex}:${f.field}`).sort()).toEqual(toDo.map((s) => `${s.slideIndex}:${s.field}`).sort());
    for (const s of deck.slides) {
      const n = sentences(s.notes).length;
      expect(n, `${s.id} notes: ${s.notes}`).toBeGreaterThanOrEqual(2);
      expect(n, `${s.id} notes: ${s.notes}`).toBeLessThanOrEqual(5);
    }
    // Every statement that is not to do is the source's reporting, cited with its paragraphs.
    for (const s of deckStatements(deck).filter((x) => x.claim && !x.todo && x.field !== 'bluf')) {
      expect(s.kind, s.text).toBe('reporting');
      expect(s.citations.length + s.slideCitations.length, s.text).toBeGreaterThan(0);
    }
    // The key judgments are placeholders, each citing what it should rest on.
    const [bluf] = slide(deck, 'bluf');
    expect(bluf.judgments.length).toBeGreaterThan(0);
    for (const j of bluf.judgments) {
      expect(isToDo(j)).toBe(true);
      expect(j.text).toMatch(/^To do: our key judgment on “/);
      expect(j.citations?.length).toBeGreaterThan(0);
    }
  });
});

describe('deckFromSource: what each shape holds', () => {
  const source = generatedSource();

  it('keeps the source stance: the hedged and attributed items appear in the map\'s words, citing their item', () => {
    const deck = deckFromSource(source, 'full-briefing');
    const texts = new Map(deckStatements(deck).flatMap((s) => s.citations.filter((c) => c.claimId).map((c) => [c.claimId, s.text] as const)));
    expect(texts.get('dam-leverage.claim2')).toBe('Kestria might link the reservoir schedule to its demand for truck transit fees.');
    expect(texts.get('deal-limits.claim1')).toMatch(/^Kestrian ministers describe/);
    expect(texts.get('dam-leverage.fact1')).toBe('12 Mar 2024: The Halden diversion tunnel is closed and the reservoir starts to fill');
    expect(titles(deck)).toEqual([
      'Sharing the Orvane: a dam, a dry season and two neighbours',
      'Bottom line up front',
      'The Halden dam as leverage',
      'The Halden dam as leverage: evidence and counterpoints',
      'Limits to a water-sharing deal',
      'Limits to a water-sharing deal: evidence and counterpoints',
      'Sources',
    ]);
    expect(deck.slides[2].notes).toContain('The claims rest on ¶5–6 (“The Halden dam and its timetable”).');
  });

  it('the stance checks run on a generated deck: a map text that drops its hedge is found', () => {
    const flat = generatedSource();
    flat.arguments![0].claims[1].text = 'Kestria links the reservoir schedule to its demand for truck transit fees.';
    expect(check(deckFromSource(flat, 'full-briefing')).filter((f) => f.rule !== 'statement-to-do').map((f) => `${f.rule}@${f.slideIndex}:${f.field}`)).toEqual(['hedge-dropped@2:bullets[1]']);
  });

  it('writing a placeholder ends its to-do: the judgment is then checked as any other', () => {
    const deck = deckFromSource(source, 'five-minute-bluf', { title: 'The Orvane in five minutes' });
    expect(deck.title).toBe('The Orvane in five minutes');
    const bluf = deck.slides[1] as Extract<Slide, { layout: 'bluf' }>;
    bluf.judgments[0].text = 'Kestria will trade water for transit fees.';
    const rules = check(deck).filter((f) => f.field === 'judgments[0]').map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['judgment-no-likelihood', 'judgment-no-confidence']));
    expect(rules).not.toContain('statement-to-do');
    expect(titles(deck)).toEqual(['The Orvane in five minutes', 'Bottom line up front', "The source's case in brief", 'Sources']);
  });

  it('timeline: the facts in date order, dates formatted', () => {
    const entries = slide(deckFromSource(source, 'timeline'), 'timeline').flatMap((s) => s.entries);
    expect(entries.map((e) => e.date)).toEqual(['2 Nov 2023', '20 Feb 2024', '12 Mar 2024', 'Apr 2024']);
    expect(entries.every((e) => e.kind === 'reporting' && e.citations?.[0].claimId)).toBe(true);
  });

  it('actors: a slide per actor in order of appearance, then the source\'s own analysis', () => {
    const deck = deckFromSource(source, 'actors');
    expect(titles(deck).slice(2, -1)).toEqual(['Dallmere water ministry', 'Kestrian ministers', 'Dallmere', "The source's own analysis"]);
    const own = slide(deck, 'bullets').at(-1);
    expect(own?.bullets.map((b) => b.citations?.[0].claimId)).toEqual([
      'dam-leverage.claim1',
      'dam-leverage.claim2',
      'dam-leverage.fact1',
      'dam-leverage.counter1',
      'deal-limits.claim2',
      'deal-limits.fact1',
      'deal-limits.counter1',
    ]);
  });

  it('drivers vs limits: claims on the left, counterpoints on the right', () => {
    const [two] = slide(deckFromSource(source, 'drivers-vs-limits'), 'two-column');
    expect(two.left.bullets.map((b) => b.citations?.[0].claimId)).toEqual(['dam-leverage.claim1', 'dam-leverage.claim2', 'deal-limits.claim1', 'deal-limits.claim2']);
    expect(two.right.bullets.map((b) => b.citations?.[0].claimId)).toEqual(['dam-leverage.counter1', 'deal-limits.counter1']);
  });

  it('indicators: per argument, indicator bullets to write citing the argument\'s paragraphs', () => {
    const slides = slide(deckFromSource(source, 'indicators'), 'bullets');
    expect(slides.map((s) => s.title)).toEqual(['Indicators: The Halden dam as leverage', 'Indicators: Limits to a water-sharing deal']);
    expect(slides[0].bullets.every((b) => b.kind === 'indicator' && isToDo(b))).toBe(true);
    expect(slides[0].bullets[0].citations).toEqual([{ sourceId: 'lwf-2024-orvane', paragraphs: [4, 5, 6, 7] }]);
  });

  it('a source with no map: a slide per section citing its paragraphs at slide level', () => {
    const deck = deckFromSource(unmappedSource(), 'timeline');
    const sections = deck.slides.slice(2, -1);
    expect(sections.map((s) => [s.title, s.layout, s.citations[0].paragraphs])).toEqual([
      ['A shared river', 'timeline', [1, 2, 3]],
      ['The Halden dam and its timetable', 'timeline', [4, 5, 6, 7]],
      ['What stands in the way of a deal', 'timeline', [8, 9, 10]],
    ]);
    expect(check(deck).filter((f) => f.slideIndex === 3).map((f) => f.message)).toEqual(['Slide 4, entry 1: still to write (“To do: a dated event from ¶4–7”).']);
  });
});
