import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { DeckSchema, type Deck } from '../../src-shared/deck';
import { resolveExportOptions } from '../../src-shared/export/exportOptions';
import { staticPreflight } from '../../src-shared/export/preflightChecks';
import { exportPptx } from '../../src-main/services/export/pptx/exportPptx';

function persianDeck(): Deck {
  return DeckSchema.parse({
    schemaVersion: 2,
    title: 'نمودار',
    language: 'fa',
    direction: 'rtl',
    theme: 'briefing-dark',
    slides: [
      { id: 'c', layout: 'chart', title: 'تجارت', chartType: 'line', columns: ['سال', 'صادرات'], rows: [['۲۰۲۱', '۱۵'], ['۲۰۲۲', '']], alt: 'نمودار خطی', axisLabel: 'میلیارد دلار' },
      { id: 't', layout: 'timeline', style: 'drawn', title: 'گاه‌شمار', entries: [{ date: '۷ اکتبر', event: 'حمله' }, { date: '۲۸ اکتبر', event: 'سخنرانی' }] },
      { id: 'e', layout: 'chart', title: 'Empty alt', columns: ['a', 'b'], rows: [['x', '1']] },
    ],
  });
}

describe('chart and drawn timeline in PPTX, right to left', () => {
  test('the chart runs from the right, in the dark theme colours, with Persian digits read as numbers and a gap', async () => {
    const zip = await JSZip.loadAsync(await exportPptx(persianDeck()));
    const xml = await zip.file('ppt/charts/chart1.xml')!.async('string');
    expect(xml).toContain('<c:lineChart>');
    expect(xml).toContain('<c:orientation val="maxMin"/>');
    expect(xml).toContain('<c:v>15</c:v>');
    expect(xml).toContain('<c:v></c:v>');
    expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
    expect(xml).toContain('6FB3F2');
    expect(xml).toContain('میلیارد دلار');
    const slide1 = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(slide1).toContain('descr="نمودار خطی"');
  });
  test('the drawn timeline puts the first entry at the right edge', async () => {
    const zip = await JSZip.loadAsync(await exportPptx(persianDeck()));
    const xml = await zip.file('ppt/slides/slide2.xml')!.async('string');
    const x = (name: string) => Number(new RegExp(`name="${name}"[\\s\\S]*?<a:off x="(\\d+)"`).exec(xml)?.[1]);
    expect(x('Timeline date 1')).toBeGreaterThan(x('Timeline date 2'));
  });
  test('a chart without alt text is a pre-export finding', () => {
    const issues = staticPreflight(persianDeck(), resolveExportOptions({ format: 'pptx' })).filter((i) => i.kind === 'alt-text');
    expect(issues.map((i) => [i.slideIndex, i.field])).toEqual([[2, 'alt']]);
  });
});
