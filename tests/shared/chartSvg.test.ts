import { describe, expect, test } from 'vitest';
import { chartNumberFormat, chartOption } from '../../src-shared/render/chart/chartOption';
import { chartFontFamily, chartPalette } from '../../src-shared/render/chart/chartTheme';
import { isInertSvg, renderChartSvg, type ChartSpec } from '../../src-shared/render/chart/chartSvg';
import { themeCss } from '../../src-shared/render/themes/themeCss';
import { chartData } from '../../src-shared/deck';

const spec: ChartSpec = {
  columns: ['Year', 'Exports', 'Imports'],
  rows: [['2021', '15', '9.5'], ['2022', '11', '10']],
  chartType: 'bar',
  axisLabel: 'USD bn',
  theme: 'briefing-light',
  rtl: false,
  language: 'en',
  idPrefix: 'c1',
};
const look = (over: Partial<Parameters<typeof chartOption>[1]> = {}) => ({
  type: 'bar' as const, axisLabel: 'USD bn', palette: chartPalette('briefing-light'), fontFamily: chartFontFamily(false), rtl: false, formatNumber: chartNumberFormat('en'), ...over,
});
type Opt = { series: { type: string; stack?: string; label: { show: boolean } }[]; xAxis: { inverse: boolean; data: string[] }; yAxis: { position: string; name: string }; legend: { show: boolean; right?: number; left?: number }; animation: boolean };

describe('chartOption', () => {
  test('bar, line and stacked bar map to ECharts series; animation off; the value axis is named', () => {
    const data = chartData(spec);
    const bar = chartOption(data, look(), 1136) as unknown as Opt;
    expect(bar.animation).toBe(false);
    expect(bar.series.map((s) => [s.type, s.stack])).toEqual([['bar', undefined], ['bar', undefined]]);
    expect(bar.yAxis.name).toBe('USD bn');
    expect(bar.legend.show).toBe(true);
    const stacked = chartOption(data, look({ type: 'stacked-bar' }), 1136) as unknown as Opt;
    expect(stacked.series.map((s) => s.stack)).toEqual(['total', 'total']);
    const line = chartOption(data, look({ type: 'line' }), 1136) as unknown as Opt;
    expect(line.series.map((s) => s.type)).toEqual(['line', 'line']);
  });
  test('right to left: categories from the right, value axis and legend on the right', () => {
    const o = chartOption(chartData(spec), look({ rtl: true }), 1136) as unknown as Opt;
    expect(o.xAxis.inverse).toBe(true);
    expect(o.xAxis.data).toEqual(['2021', '2022']);
    expect(o.yAxis.position).toBe('right');
    expect(o.legend.right).toBe(0);
  });
  test('one series has no legend; many points have no value labels', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`c${i}`, String(i)]);
    const o = chartOption(chartData({ columns: ['c', 'v'], rows }), look(), 1136) as unknown as Opt;
    expect(o.legend.show).toBe(false);
    expect(o.series[0].label.show).toBe(false);
  });
  test('Persian decks write numbers in Persian digits', () => {
    expect(chartNumberFormat('fa')(12.5)).toBe('۱۲٫۵');
    expect(chartNumberFormat('en')(-3)).toBe('-3');
  });
  test('the chart palette uses the theme colours of the slides', () => {
    for (const theme of ['briefing-light', 'briefing-dark'] as const) {
      const p = chartPalette(theme);
      const css = themeCss(theme);
      expect(css).toContain(`--bd-text:${p.text};`);
      expect(css).toContain(`--bd-muted:${p.muted};`);
      expect(css).toContain(`--bd-rule:${p.rule};`);
      expect(css).toContain(`--bd-bg:${p.bg};`);
      expect(css).toContain(`--bd-accent:${p.series[0]};`);
    }
  });
});

describe('renderChartSvg', () => {
  test('an SVG with text labels in the theme fonts and colours, the same bytes every time', () => {
    const a = renderChartSvg(spec);
    const b = renderChartSvg(spec);
    expect(a).toBe(b);
    expect(a).toMatch(/^<svg role="presentation" class="bd-chart-svg" width="1136" height="440"/);
    for (const label of ['2021', '2022', 'Exports', 'Imports', 'USD bn', '9.5']) expect(a).toMatch(new RegExp(`<text[^>]*>${label.replace('.', '\\.')}</text>`));
    expect(a).toContain("font-family:'BD Noto Sans'");
    expect(a).toContain('fill="#1f4e79"');
    expect(a).not.toMatch(/<style|zr\d+-|ecmeta_|<image|<foreignObject/);
    expect(renderChartSvg({ ...spec, theme: 'briefing-dark' })).toContain('fill="#6fb3f2"');
    expect(renderChartSvg({ ...spec, rtl: true, language: 'fa' })).toContain("font-family:'BD Vazirmatn'");
  });
  test('user strings are escaped: markup in a category, series or axis label stays text', () => {
    const payloads = ['<img src=x onerror=window.__pwned=1>', '<svg onload=alert(1)>', '"><script>alert(1)</script>', "</text><foreignObject>x</foreignObject>"];
    for (const chartType of ['bar', 'line', 'stacked-bar'] as const) {
      const svg = renderChartSvg({ ...spec, chartType, columns: ['Y', payloads[0], payloads[1]], rows: [[payloads[2], '1', '2'], [payloads[3], '3', '4']], axisLabel: payloads[1] });
      expect(svg).not.toBe('');
      expect(isInertSvg(svg)).toBe(true);
      expect(svg).not.toMatch(/<img|<script|<foreignObject|<svg onload/i);
      expect(svg).toContain('&lt;img src=x onerror=window.__pwned=1&gt;');
    }
  });
  test('isInertSvg refuses foreign elements, handlers and external references', () => {
    expect(isInertSvg('<svg><text>a</text></svg>')).toBe(true);
    expect(isInertSvg('<svg><path clip-path="url(#a-c0)"/></svg>')).toBe(true);
    expect(isInertSvg('<svg><image href="x"/></svg>')).toBe(false);
    expect(isInertSvg('<svg onload="x"></svg>')).toBe(false);
    expect(isInertSvg('<svg><path style="fill:url(https://x/y)"/></svg>')).toBe(false);
  });
  test('an empty table still draws (axes only) without throwing', () => {
    expect(renderChartSvg({ ...spec, columns: ['', ''], rows: [] })).toMatch(/^<svg/);
  });
});

describe('value labels of lines that run close together', () => {
  test('each category’s labels stand apart: the higher point’s above it, the lower point’s below it', () => {
    const svg = renderChartSvg({ ...spec, chartType: 'line', rows: [['2021', '10', '10.2'], ['2022', '11', '11.1'], ['2023', '12', '8']] });
    // Each value label is a <text> at translate(x y), drawn 8.5 px (half its 17 px size) above or below that point.
    const labels = [...svg.matchAll(/<text[^>]*font-size:17px[^>]*?(?:y="(-?[\d.]+)")?[^>]*transform="translate\(([\d.]+) ([\d.]+)\)"[^>]*>([^<]+)<\/text>/g)].map((m) => ({
      x: Number(m[2]),
      y: Number(m[3]) + Number(m[1] ?? 0),
      text: m[4],
    }));
    expect(labels.map((l) => l.text).sort()).toEqual(['10', '10.2', '11', '11.1', '12', '8']);
    const byX = new Map<number, typeof labels>();
    for (const l of labels) byX.set(Math.round(l.x), [...(byX.get(Math.round(l.x)) ?? []), l]);
    expect(byX.size).toBe(3);
    for (const [, pair] of byX) {
      expect(pair).toHaveLength(2);
      expect(Math.abs(pair[0].y - pair[1].y), `${pair[0].text} and ${pair[1].text}`).toBeGreaterThanOrEqual(17);
    }
    const at = (text: string) => labels.find((l) => l.text === text)!.y;
    expect(at('10.2')).toBeLessThan(at('10'));
    expect(at('11.1')).toBeLessThan(at('11'));
    expect(at('12')).toBeLessThan(at('8'));
  });
});
