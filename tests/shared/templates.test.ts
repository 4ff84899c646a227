import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyTemplate } from '../../src-shared/commands/applyTemplate';
import { DeckSchema, type Slide } from '../../src-shared/deck';
import { ArgumentMapSchema, findCitableItem, type ArgumentMap } from '../../src-shared/sources';
import { BriefingTemplateSchema, checkTemplate, citationSites, templateListing, type BriefingTemplate } from '../../src-shared/templates';

const DIR = join(__dirname, '../../templates');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const maps: ArgumentMap[] = readdirSync(join(DIR, 'arguments'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => ArgumentMapSchema.parse(read(join(DIR, 'arguments', f))));
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const templates: BriefingTemplate[] = files.map((f) => BriefingTemplateSchema.parse(read(join(DIR, f))));
const byId = (id: string) => templates.find((t) => t.id === id)!;
const layouts = (t: BriefingTemplate) => t.deck.slides.map((s) => s.layout);

describe('the built-in templates (templates/*.json)', () => {
  it('include the templates other parts of the app use, each named after its file', () => {
    expect(templates.map((t) => t.id)).toEqual(expect.arrayContaining([
      'full-briefing', 'five-minute-bluf', 'ankara-vs-tehran', 'timeline-oct-nov-2023', 'drivers-vs-limits', 'actors-and-alignments',
    ]));
    templates.forEach((t, i) => expect(files[i]).toBe(`${t.id}.json`));
  });

  it.each(files)('%s validates and agrees with the argument map', (file) => {
    const template = BriefingTemplateSchema.parse(read(join(DIR, file)));
    expect(checkTemplate(template, maps)).toEqual([]);
  });

  it('cite only paragraphs 1..19, through claims of the arguments each template names', () => {
    for (const t of templates) {
      for (const slide of t.deck.slides) {
        for (const { citation } of citationSites(slide)) {
          expect(citation.sourceId).toBe('mei-2023-turkey-iran');
          for (const n of citation.paragraphs) expect(n >= 1 && n <= 19, `${t.id}/${slide.id}: ¶${n}`).toBe(true);
          const item = findCitableItem(maps, citation.claimId!);
          expect(t.argumentIds, `${t.id}/${slide.id}`).toContain(item?.argumentId);
        }
        for (const a of slide.argumentIds) expect(t.argumentIds).toContain(a);
      }
    }
  });

  it('cite something on every slide that makes a claim, and give every slide 2-5 sentences of speaker notes', () => {
    for (const t of templates) {
      for (const slide of t.deck.slides) {
        if (!['title', 'section', 'sources'].includes(slide.layout)) expect(citationSites(slide).length, `${t.id}/${slide.id}`).toBeGreaterThan(0);
        const sentences = slide.notes.split(/(?<=[.!?])\s+/).filter((s) => s.trim().length > 0);
        expect(sentences.length, `${t.id}/${slide.id}: ${slide.notes}`).toBeGreaterThanOrEqual(2);
        expect(sentences.length, `${t.id}/${slide.id}`).toBeLessThanOrEqual(5);
      }
    }
  });

  it('carry the training banner, the light theme, and a sources slide at the end', () => {
    for (const t of templates) {
      expect(t.deck.classification).toEqual({ text: 'UNCLASSIFIED // FOR TRAINING', level: 'unclassified' });
      expect(t.deck.theme).toBe('briefing-light');
      expect(layouts(t).at(-1), t.id).toBe('sources');
      expect(layouts(t)[0], t.id).toBe('title');
    }
  });

  it('full briefing: 10-14 slides in briefing order, key judgments as build steps with ICD 203 confidence', () => {
    const t = byId('full-briefing');
    expect(t.deck.slides.length).toBeGreaterThanOrEqual(10);
    expect(t.deck.slides.length).toBeLessThanOrEqual(14);
    expect(layouts(t).slice(0, 2)).toEqual(['title', 'bluf']);
    const titles = t.deck.slides.map((s) => s.title.toLowerCase()).join(' | ');
    for (const topic of ['context', 'hamas', 'syria', 'south caucasus', 'world order', 'axis', 'limits', 'indicators', 'sources']) {
      expect(titles).toContain(topic);
    }
    const hamas = t.deck.slides.find((s) => s.title.includes('Hamas'))!;
    expect(['two-column', 'table']).toContain(hamas.layout);
    const bluf = t.deck.slides[1] as Extract<Slide, { layout: 'bluf' }>;
    expect(bluf.judgments.length).toBeGreaterThanOrEqual(3);
    for (const j of bluf.judgments) {
      expect(j.fragment).toBe(true);
      expect(['low', 'moderate', 'high']).toContain(j.confidence);
      expect(j.citations?.length).toBeGreaterThan(0);
    }
    expect(t.argumentIds).toHaveLength(9);
  });

  it('five-minute BLUF has at most 4 slides; ankara-vs-tehran and actors use tables; drivers-vs-limits two columns', () => {
    expect(byId('five-minute-bluf').deck.slides.length).toBeLessThanOrEqual(4);
    expect(layouts(byId('five-minute-bluf'))).toContain('bluf');
    const compare = byId('ankara-vs-tehran').deck.slides.find((s) => s.layout === 'table') as Extract<Slide, { layout: 'table' }>;
    expect(compare.columns.slice(1)).toEqual(['Turkey', 'Iran']);
    for (const row of compare.rows) expect(row).toHaveLength(compare.columns.length);
    expect(layouts(byId('drivers-vs-limits'))).toContain('two-column');
    const actors = byId('actors-and-alignments').deck.slides.filter((s) => s.layout === 'table') as Extract<Slide, { layout: 'table' }>[];
    const names = actors.flatMap((s) => s.rows.map((r) => r[0]));
    expect(names).toEqual(expect.arrayContaining(['Turkey', 'Iran', 'United States', 'Russia', 'China', 'Israel', 'Hamas', 'Gulf states', 'YPG/PKK']));
  });

  it('timeline runs from 7 Oct to 1 Nov 2023, every entry dated and cited, in order', () => {
    const entries = byId('timeline-oct-nov-2023').deck.slides.flatMap((s) => (s.layout === 'timeline' ? s.entries : []));
    expect(entries.length).toBeGreaterThanOrEqual(7);
    expect(entries[0].date).toBe('7 Oct 2023');
    expect(entries.at(-1)?.date).toBe('1 Nov 2023');
    const day = (d: string) => Number(/(\d+)\s(Oct|Nov)/.exec(d)![1]) + (d.includes('Nov') ? 31 : 0);
    const days = entries.map((e) => day(e.date));
    expect(days).toEqual([...days].sort((a, b) => a - b));
    for (const e of entries) expect(e.citations?.length, e.event).toBeGreaterThan(0);
  });
});

describe('applyTemplate', () => {
  it('gives every template a valid deck with fresh, unique slide ids and the cited source record', () => {
    for (const t of templates) {
      const deck = applyTemplate(t, maps, { date: '2023-11-15', author: 'J. Analyst' });
      expect(DeckSchema.parse(deck)).toEqual(deck);
      const ids = deck.slides.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(t.deck.slides.map((s) => s.id)).not.toContain(id);
      expect(deck).toMatchObject({ date: '2023-11-15', author: 'J. Analyst', pacing: { targetMinutes: t.estimatedMinutes } });
      expect(deck.sources).toEqual([
        {
          id: 'mei-2023-turkey-iran',
          title: 'Turkey and Iran: Toward an axis of revisionism amid the war in Gaza?',
          authors: ['Sinem Adar', 'Hamidreza Azizi'],
          publisher: 'Middle East Institute (MEI)',
          date: '2023-11',
          url: 'https://mei.edu/publications/turkey-and-iran-toward-axis-revisionism-amid-war-gaza',
        },
      ]);
      expect(deck.slides.map((s) => s.title)).toEqual(t.deck.slides.map((s) => s.title));
    }
  });

  it('is pure: the template is untouched and the same inputs give the same deck', () => {
    const t = byId('full-briefing');
    const before = JSON.stringify(t);
    const a = applyTemplate(t, maps);
    a.slides[0].title = 'changed';
    expect(JSON.stringify(t)).toBe(before);
    expect(applyTemplate(t, maps)).toEqual(applyTemplate(t, maps));
    expect(applyTemplate(t, maps).date).toBe(t.deck.date);
  });

  it('uses an injected id generator, and refuses a template citing a source no map provides', () => {
    let n = 0;
    const deck = applyTemplate(byId('five-minute-bluf'), maps, { newId: () => `x${++n}` });
    expect(deck.slides.map((s) => s.id)).toEqual(['x1', 'x2', 'x3', 'x4']);
    expect(() => applyTemplate(byId('five-minute-bluf'), [])).toThrow(/cites source "mei-2023-turkey-iran"/);
  });
});

describe('checkTemplate and templateListing', () => {
  it('reports a foreign argument, a paragraph a claim does not rest on, an uncited slide and an unknown claim, by path', () => {
    const t = structuredClone(read(join(DIR, 'five-minute-bluf.json')));
    t.argumentIds = t.argumentIds.filter((a: string) => a !== 'limits');
    t.deck.slides[1].judgments[0].citations[0].paragraphs = [3, 12];
    t.deck.slides[2].left.bullets[0].citations = [];
    t.deck.slides[2].left.bullets[1].citations[0].claimId = 'thesis.claim99';
    const problems = checkTemplate(BriefingTemplateSchema.parse(t), maps).map((p) => `${p.path.join('.')}: ${p.message}`);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^deck\.slides\.1\.judgments\.0\.citations\.0\.paragraphs: "thesis\.claim1" rests on ¶3, 19, not ¶12/),
      expect.stringMatching(/^deck\.slides\.1\.judgments\.2\.citations\.0\.claimId: .*argument "limits", which the template does not name/),
      expect.stringMatching(/^deck\.slides\.2\.left\.bullets\.1\.citations\.0\.claimId: unknown claim "thesis\.claim99"/),
    ]));
    t.deck.slides[2].left.bullets = [{ text: 'uncited' }];
    t.deck.slides[2].right.bullets = [];
    const uncited = checkTemplate(BriefingTemplateSchema.parse(t), maps).map((p) => p.message);
    expect(uncited).toContain('a two-column slide makes claims but cites nothing');
  });

  it('summarises a template for the gallery', () => {
    const s = templateListing(byId('full-briefing'), maps);
    expect(s).toMatchObject({ id: 'full-briefing', name: 'Full briefing', slideCount: byId('full-briefing').deck.slides.length });
    expect(s.argumentTitles[s.argumentIds.indexOf('south-caucasus')]).toBe('South Caucasus: Zangezur and the 3+3 format');
    expect(templateListing(byId('full-briefing')).argumentTitles).toEqual(s.argumentIds);
  });
});
