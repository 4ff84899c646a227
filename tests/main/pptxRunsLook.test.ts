/**
 * PPTX text as the other outputs set it: citation markers are superscript runs glued to the text they cite, bullet
 * characters take the theme's accent colour (as the HTML `li::marker`), and upper-cased labels follow the deck's
 * language (Turkish dotted and dotless I). Read from the slide XML of the written package.
 */
import { describe, expect, it } from 'vitest';
import { DeckSchema, type DeckInput } from '../../src-shared/deck';
import { exportPptx } from '../../src-main/services/export/pptx/exportPptx';
import { readPptx } from './pptxPackageReader';

const SOURCE = { id: 'mei', title: 'Turkey and Iran', authors: ['Sinem Adar'], publisher: 'MEI', date: '2023-11', url: 'https://mei.edu/x' };
const deckOf = (over: Partial<DeckInput>) =>
  DeckSchema.parse({
    schemaVersion: 2,
    title: 'T',
    sources: [SOURCE],
    slides: [
      { id: 'b', layout: 'bullets', title: 'Context', bullets: [{ text: 'Washington sends two carrier groups', citations: [{ sourceId: 'mei', paragraphs: [1, 2] }] }, { text: 'Ankara hedges', level: 1 }] },
      { id: 'k', layout: 'bluf', title: 'BLUF', bluf: 'Alignment, not alliance.', judgments: [{ text: 'Rhetoric converges', confidence: 'moderate', likelihood: 'likely', citations: [{ sourceId: 'mei', paragraphs: [3] }] }] },
      { id: 's', layout: 'sources', title: '' },
    ],
    ...over,
  });

/** The `<a:r>` runs of a slide: their properties and text. */
const runs = (xml: string) => [...xml.matchAll(/<a:r>(<a:rPr[^>]*(?:\/>|>[\s\S]*?<\/a:rPr>))\s*<a:t>([^<]*)<\/a:t><\/a:r>/g)].map((m) => ({ props: m[1], text: m[2] }));

describe('PPTX runs', () => {
  it('a citation marker is a superscript run (baseline="30000") right after the cited text, with no space to break at', async () => {
    const pptx = await readPptx(await exportPptx(deckOf({})));
    const bulletRuns = runs(pptx.slides[0]);
    const i = bulletRuns.findIndex((r) => r.text.startsWith('['));
    expect(bulletRuns[i].text).toBe('[1\u00A0¶1,\u00A02]');
    expect(bulletRuns[i].props).toContain('baseline="30000"');
    expect(bulletRuns[i - 1].text).toBe('Washington sends two carrier groups');
    expect(bulletRuns[i - 1].props).not.toContain('baseline=');
    const judgmentMarker = runs(pptx.slides[1]).find((r) => r.text.startsWith('[1'));
    expect(judgmentMarker?.props).toContain('baseline="30000"');
  });

  it('bullet characters are in the accent colour of the theme, light and dark', async () => {
    const light = await readPptx(await exportPptx(deckOf({})));
    const bullets = [...light.slides[0].matchAll(/<a:pPr[^>]*>([\s\S]*?)<\/a:pPr>/g)].map((m) => m[1]).filter((p) => p.includes('<a:buChar'));
    expect(bullets).toHaveLength(2);
    for (const b of bullets) expect(b).toMatch(/<a:buClr><a:srgbClr val="1F4E79"\/><\/a:buClr><a:buSzPct val="100000"\/><a:buChar /);
    const dark = await readPptx(await exportPptx(deckOf({ theme: 'briefing-dark' })));
    expect(dark.slides[0]).toContain('<a:buClr><a:srgbClr val="6FB3F2"/></a:buClr>');
  });

  it('a Turkish deck upper-cases its key judgments heading with dotted İ, and words the judgment label, likelihood and confidence sentence in Turkish', async () => {
    const pptx = await readPptx(await exportPptx(deckOf({ language: 'tr' })));
    const texts = runs(pptx.slides[1]).map((r) => r.text);
    expect(texts).toContain('TEMEL DEĞERLENDİRMELERİMİZ');
    expect(texts).toContain('\u00A0DEĞERLENDİRME\u00A0');
    expect(texts).toContain('[olası] ');
    expect(texts).toContain('Güven: orta.');
    const fa = await readPptx(await exportPptx(deckOf({ language: 'fa', direction: 'rtl' })));
    const faTexts = runs(fa.slides[1]).map((r) => r.text);
    expect(faTexts).toContain('[محتمل] ');
    expect(faTexts).toContain('اطمینان: متوسط.');
  });
});
