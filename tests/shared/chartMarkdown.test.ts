import { describe, expect, test } from 'vitest';
import { DeckSchema, type Deck } from '../../src-shared/deck';
import { deckToMarkdown, markdownToDeck } from '../../src-shared/markdown';
import { renderDeckHtml } from '../../src-shared/render';

function deck(): Deck {
  return DeckSchema.parse({
    schemaVersion: 2,
    title: 'Charts',
    language: 'en',
    sources: [{ id: 'art', title: 'Article', authors: [], publisher: 'P', date: '2023', url: '' }],
    slides: [
      {
        id: 'c1', layout: 'chart', title: 'Trade', chartType: 'stacked-bar', axisLabel: 'USD bn | "quoted" <b>',
        columns: ['Year', 'Exports *a*', 'Imports|x'], rows: [['2021', '15', '9.5'], ['2022 <i>', 'n/a', ''], ['2023', '1,234', '-2']],
        alt: 'Stacked bars of exports and imports, "2021" to 2023 --> end', sourceLine: 'Source: *Example* statistics office', citations: [{ sourceId: 'art', paragraphs: [3] }],
      },
      { id: 't1', layout: 'timeline', title: 'When', style: 'drawn', entries: [{ date: '2023-10-07', event: 'Attack', fragment: false }] },
      { id: 't2', layout: 'timeline', title: 'List', entries: [{ date: '2023-10-08', event: 'Next', fragment: false }] },
    ],
  });
}

describe('chart and drawn timeline in reveal.js Markdown', () => {
  test('a round trip keeps every field of the chart and the timeline style', () => {
    const original = deck();
    const md = deckToMarkdown(original);
    expect(md).toContain('data-layout="chart"');
    expect(md).toContain('data-chart-type="stacked-bar"');
    expect(md).toContain('| Year |');
    const { deck: back, warnings } = markdownToDeck(md);
    expect(warnings).toEqual([]);
    expect(back.slides[0]).toEqual(original.slides[0]);
    expect(back.slides[1]).toMatchObject({ layout: 'timeline', style: 'drawn' });
    expect('style' in back.slides[2]).toBe(false);
  });
  test('an unknown chart type in a file is reported and drawn as bars', () => {
    const md = deckToMarkdown(deck()).replace('data-chart-type="stacked-bar"', 'data-chart-type="pie"');
    const { deck: back, warnings } = markdownToDeck(md);
    expect(back.slides[0]).toMatchObject({ chartType: 'bar' });
    expect(warnings.map((w) => w.message)).toContain('chart type "pie" is not bar, line or stacked-bar; a bar chart was used');
  });
});

describe('chart and drawn timeline markup', () => {
  test('the chart is an inline SVG figure with its alt text and source line; the drawn timeline keeps its text', () => {
    const html = renderDeckHtml(deck());
    const section = /<section[^>]*data-layout="chart"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section).toContain('<figure class="bd-chart" data-chart-type="stacked-bar"><div class="bd-chart-drawing" role="img" aria-label="Stacked bars of exports and imports, &quot;2021&quot; to 2023 --&gt; end"><svg');
    expect(section).toContain('<figcaption class="bd-figure-source">Source: <em>Example</em> statistics office</figcaption>');
    expect(section).toContain('2022 &lt;i&gt;');
    expect(html).toContain('<ol class="bd-timeline bd-timeline-drawn bd-tl-cols-1"><li class="bd-tl-entry"><span class="bd-tl-date">2023-10-07</span>');
    expect(html).toContain('<ol class="bd-timeline"><li');
  });
});
