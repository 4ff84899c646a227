import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeckSchema, SlideSchema } from '../../src-shared/deck';
import {
  ArgumentMapSchema,
  collectDeckCitations,
  citationsOfSlide,
  findCitableItem,
  formatBibliographyEntry,
  formatCitation,
  formatFactDate,
  formatParagraphs,
  listCitableItems,
  slidesFromArgument,
  type ArgumentMap,
} from '../../src-shared/sources';
import { copiedRun, withoutQuotations } from '../../src-shared/tradecraft';

const MAP_FILE = join(__dirname, '../../templates/arguments/mei-2023-turkey-iran.json');
const raw = () => JSON.parse(readFileSync(MAP_FILE, 'utf8'));
const map: ArgumentMap = ArgumentMapSchema.parse(raw());

describe('the article argument map (templates/arguments/mei-2023-turkey-iran.json)', () => {
  it('validates and describes the MEI article with 19 body paragraphs in five sections', () => {
    expect(map.source).toMatchObject({
      id: 'mei-2023-turkey-iran',
      authors: ['Sinem Adar', 'Hamidreza Azizi'],
      date: '2023-11',
      url: 'https://mei.edu/publications/turkey-and-iran-toward-axis-revisionism-amid-war-gaza',
      paragraphCount: 19,
    });
    expect(map.source.publisher).toContain('MEI');
    expect(map.source.paragraphs.map((p) => p.n)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(map.source.sections.map((s) => [s.first, s.last])).toEqual([[1, 3], [4, 7], [8, 10], [11, 13], [14, 19]]);
  });

  it('has the nine arguments of the issue, each with a summary, claims, dated facts and counterpoints', () => {
    expect(map.arguments.map((a) => a.id)).toEqual([
      'context', 'thesis', 'hamas-ties', 'syria', 'south-caucasus', 'multipolar-order', 'axis-of-revisionism', 'limits', 'bottom-line',
    ]);
    for (const a of map.arguments) {
      expect(a.summary.length, a.id).toBeGreaterThan(40);
      expect(a.claims.length, a.id).toBeGreaterThan(0);
      expect(a.facts.length, a.id).toBeGreaterThan(0);
      expect(a.counterpoints.length, a.id).toBeGreaterThan(0);
    }
  });

  it('cites only paragraphs 1..19, and all 19 together', () => {
    const cited = new Set<number>();
    for (const item of listCitableItems(map)) {
      for (const n of item.paragraphs) {
        expect(n, item.id).toBeGreaterThanOrEqual(1);
        expect(n, item.id).toBeLessThanOrEqual(19);
        cited.add(n);
      }
    }
    expect([...cited].sort((a, b) => a - b)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it('keeps the paragraph summaries to one line each', () => {
    for (const p of map.source.paragraphs) {
      expect(p.summary).not.toContain('\n');
      expect(p.summary.length).toBeLessThanOrEqual(240);
    }
  });

  it('rejects a paragraph number beyond 19, a duplicate claim id and a misnumbered summary, naming the path', () => {
    const bad = raw();
    bad.arguments[2].claims[0].paragraphs = [4, 20];
    bad.arguments[3].claims[1].id = bad.arguments[3].claims[0].id;
    bad.source.paragraphs[5].n = 7;
    const result = ArgumentMapSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toContain('arguments.2.claims.0.paragraphs.1: paragraph 20 is beyond the source\'s 19 body paragraphs');
    expect(issues.some((i) => i.startsWith('arguments.3.claims.1.id: duplicate id'))).toBe(true);
    expect(issues.some((i) => i.startsWith('source.paragraphs.5.n'))).toBe(true);
  });

  it('rejects a non-https address and a bad fact date', () => {
    const bad = raw();
    bad.source.url = 'javascript:alert(1)';
    bad.arguments[0].facts[0].date = '7 Oct 2023';
    const result = ArgumentMapSchema.safeParse(bad);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['source.url', 'arguments.0.facts.0.date']));
  });
});

describe('citation formatting', () => {
  it('formats paragraph lists with ranges', () => {
    expect(formatParagraphs([4, 5, 7])).toBe('¶4–5, 7');
    expect(formatParagraphs([7, 5, 4, 5])).toBe('¶4–5, 7');
    expect(formatParagraphs([1, 2, 3, 10, 12, 13])).toBe('¶1–3, 10, 12–13');
    expect(formatParagraphs([19])).toBe('¶19');
    expect(formatParagraphs([])).toBe('');
    expect(formatParagraphs([8, 9], { pilcrow: false })).toBe('8–9');
    expect(formatParagraphs([9, 4, 5, 7, 8], { shortestRange: 3 })).toBe('¶4, 5, 7–9');
  });

  it('formats short references and bibliography entries', () => {
    expect(formatCitation({ sourceId: map.source.id, paragraphs: [14, 15] }, map.source)).toBe('Adar & Azizi 2023, ¶14–15');
    expect(formatCitation({ sourceId: 'x', paragraphs: [2] })).toBe('x, ¶2');
    expect(formatBibliographyEntry(map.source)).toBe(
      'Sinem Adar and Hamidreza Azizi, “Turkey and Iran: Toward an axis of revisionism amid the war in Gaza?,” Middle East Institute (MEI), 2023-11. https://mei.edu/publications/turkey-and-iran-toward-axis-revisionism-amid-war-gaza',
    );
  });

  it('formats fact dates day-month-year', () => {
    expect(formatFactDate('2023-10-26')).toBe('26 Oct 2023');
    expect(formatFactDate('2023-10')).toBe('Oct 2023');
    expect(formatFactDate('2018')).toBe('2018');
    expect(formatFactDate('2023-10-07/2023-10-14')).toBe('7–14 Oct 2023');
    expect(formatFactDate('2022/2023')).toBe('2022–2023');
    expect(formatFactDate('2023-10-07/2023-11-01')).toBe('7 Oct 2023–1 Nov 2023');
  });

  it('finds items by id and collects the citations a deck uses, skipping hidden slides', () => {
    expect(findCitableItem([map], 'south-caucasus.fact2')).toMatchObject({ kind: 'fact', date: '2023-10-23', paragraphs: [10], argumentId: 'south-caucasus' });
    expect(findCitableItem([map], 'nope')).toBeUndefined();
    const deck = DeckSchema.parse({
      schemaVersion: 2,
      title: 't',
      slides: [
        { id: 'a', layout: 'bullets', bullets: [{ text: 'x', citations: [{ sourceId: 's', paragraphs: [5, 4], claimId: 'c1' }] }] },
        { id: 'b', layout: 'timeline', entries: [{ date: 'd', event: 'e', citations: [{ sourceId: 's', paragraphs: [9] }] }] },
        { id: 'c', layout: 'bullets', hidden: true, citations: [{ sourceId: 'hidden-source', paragraphs: [1] }] },
      ],
    });
    expect(collectDeckCitations(deck)).toEqual([{ sourceId: 's', paragraphs: [4, 5, 9], claimIds: ['c1'] }]);
    expect(collectDeckCitations(deck, { includeHidden: true }).map((u) => u.sourceId)).toEqual(['s', 'hidden-source']);
  });
});

describe('slidesFromArgument (Insert from the argument map)', () => {
  it('turns every argument into valid, cited slides with one bullet per claim', () => {
    for (const argument of map.arguments) {
      const slides = slidesFromArgument(argument, map.source.id);
      expect(slides.length, argument.id).toBe(2);
      for (const slide of slides) {
        expect(SlideSchema.parse(slide)).toEqual(slide);
        expect(slide.argumentIds).toEqual([argument.id]);
        expect(slide.notes.length).toBeGreaterThan(40);
        const citations = citationsOfSlide(slide);
        expect(citations.length).toBeGreaterThan(0);
        for (const c of citations) {
          const item = findCitableItem([map], c.claimId!);
          expect(item?.argumentId).toBe(argument.id);
          expect(c.paragraphs).toEqual(item?.paragraphs);
        }
      }
      const [claims, evidence] = slides;
      expect(claims.layout === 'bullets' && claims.bullets.map((b) => b.text)).toEqual(argument.claims.map((c) => c.text));
      expect(evidence.layout).toBe('two-column');
    }
  });

  it('gives ids that avoid the ones already in the deck', () => {
    const hamas = map.arguments.find((a) => a.id === 'hamas-ties')!;
    const slides = slidesFromArgument(hamas, map.source.id, { takenIds: ['hamas-ties-1'] });
    expect(slides.map((s) => s.id)).toEqual(['hamas-ties-2', 'hamas-ties-3']);
    const evidence = slides[1];
    expect(evidence.layout === 'two-column' && evidence.left.bullets[0].text).toMatch(/^2018: Erdoğan/);
  });
});

describe('the argument map keeps to our own words', () => {
  it('has a fingerprint of the article (word-run hashes only, never its text)', () => {
    expect(map.source.fingerprint?.length).toBeGreaterThan(1500);
    expect(map.source.fingerprint?.every((h) => /^[0-9a-f]{8}$/.test(h))).toBe(true);
  });

  it('no text of the map repeats eight consecutive words of the article outside quotation marks, headings included', () => {
    const fingerprint = new Set(map.source.fingerprint);
    // The source title and section headings are the article's metadata: the record holds them as they are.
    const texts = [
      ...map.source.paragraphs.map((p) => [`paragraph ${p.n} summary`, p.summary]),
      ...map.arguments.flatMap((a) => [
        [`${a.id} title`, a.title],
        [`${a.id} summary`, a.summary],
        ...[...a.claims, ...a.facts, ...a.counterpoints].map((i) => [i.id, i.text]),
      ]),
    ];
    const copied = texts.map(([where, text]) => [where, copiedRun(withoutQuotations(text), fingerprint)]).filter(([, run]) => run);
    expect(copied).toEqual([]);
  });

  it('records how the source states every claim, fact and counterpoint', () => {
    const items = map.arguments.flatMap((a) => [...a.claims, ...a.facts, ...a.counterpoints]);
    expect(items.filter((i) => !i.stance).map((i) => i.id)).toEqual([]);
    expect(items.filter((i) => i.stance === 'hedged' && !i.hedge).map((i) => i.id)).toEqual([]);
    expect(items.filter((i) => i.stance === 'attributed' && !i.attributedTo).map((i) => i.id)).toEqual([]);
  });
});
