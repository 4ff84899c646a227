import type { ChartData, ChartType } from '../../deck';
import type { ChartPalette } from './chartTheme';

/** What a chart option needs besides its data: the chart type, value-axis label, palette, font list and direction. */
export interface ChartLook {
  type: ChartType;
  axisLabel: string;
  palette: ChartPalette;
  fontFamily: string;
  rtl: boolean;
  /** How a number is written on ticks and value labels (e.g. Persian digits in a Persian deck): see chartNumberFormat. */
  formatNumber: (value: number) => string;
}

/**
 * Numbers as the deck's language writes them: Persian (`fa`) decks use Extended Arabic-Indic digits and the Arabic
 * decimal separator (U+066B), as their text does; other decks Western digits. No grouping separators, so that a
 * tick reads the same in every environment (no Intl data involved).
 */
export function chartNumberFormat(language: string): (value: number) => string {
  const persian = /^fa\b/i.test(language);
  return (value: number) => {
    const text = String(Math.round(value * 1e6) / 1e6);
    return persian ? text.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d))).replace('.', '\u066b').replace('-', '\u2212') : text;
  };
}

/** Most data points (categories × series) that still get a value label on each bar or point. */
export const MAX_VALUE_LABELS = 24;

/** Chart text sizes in px at the slide's 1280×720 scale (the slide body is 24–28 px; ticks a little smaller). */
const SIZE = { label: 20, tick: 18, value: 17, legend: 20 } as const;

/**
 * Where a point's value label goes on a chart of several lines: above the highest point of its category, below the
 * lowest, and to the right of any between, so two lines that run close together do not print their values on top of
 * each other (ECharts' own label layout, `moveOverlap`, shifts every label of the chart as one column, and
 * `hideOverlap` drops values). Ties go to the first series.
 */
function linePointLabel(data: ChartData, series: number, category: number): 'top' | 'bottom' | 'right' {
  const here = data.series.map((s) => s.values[category]).map((v, i) => ({ v, i })).filter((p): p is { v: number; i: number } => typeof p.v === 'number');
  if (here.length < 2) return 'top';
  const top = here.reduce((a, b) => (b.v > a.v ? b : a));
  const bottom = here.reduce((a, b) => (b.v < a.v ? b : a));
  if (series === top.i) return 'top';
  if (series === bottom.i) return 'bottom';
  return 'right';
}

/**
 * The ECharts option for a chart (ECharts 6 option reference: xAxis, yAxis, series-bar, series-line, legend, grid).
 * Still: animation off, hover emphasis off, `silent` (a slide chart is a picture, not a control). Categories run
 * along the x axis in table order; in a right-to-left deck the axis runs from the right (`inverse`) with the value
 * axis and the legend on the right. Stacked bars share one `stack`. A legend only when there is more than one series;
 * value labels when there are at most MAX_VALUE_LABELS points (on lines placed by `linePointLabel`). Empty cells are gaps (`null`), lines not joined over
 * them. Category labels wrap (`overflow: 'break'`) within their slot rather than being skipped (`interval: 0`).
 * `width` is the chart's width in px, used to size each category's label slot.
 */
export function chartOption(data: ChartData, look: ChartLook, width: number): Record<string, unknown> {
  const { palette, rtl } = look;
  const stacked = look.type === 'stacked-bar';
  const legend = data.series.length > 1;
  const points = data.categories.length * data.series.length;
  const labels = points > 0 && points <= MAX_VALUE_LABELS;
  const slot = Math.max(40, Math.floor((width - 120) / Math.max(1, data.categories.length)) - 8);
  const text = (size: number, color = palette.text) => ({ fontFamily: look.fontFamily, fontSize: size, color });
  const series = data.series.map((s, si) => ({
    type: look.type === 'line' ? 'line' : 'bar',
    name: s.name,
    data: look.type === 'line' && labels && data.series.length > 1 ? s.values.map((v, ci) => (v === null ? null : { value: v, label: { position: linePointLabel(data, si, ci) } })) : s.values,
    ...(stacked ? { stack: 'total' } : {}),
    ...(look.type === 'line' ? { symbol: 'circle', symbolSize: 12, lineStyle: { width: 4 }, connectNulls: false } : { barMaxWidth: 90 }),
    silent: true,
    emphasis: { disabled: true },
    label: labels
      ? { show: true, position: stacked ? 'inside' : 'top', formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? look.formatNumber(p.value) : ''), ...text(SIZE.value, stacked ? palette.bg : palette.text) }
      : { show: false },
  }));
  return {
    animation: false,
    backgroundColor: 'transparent',
    color: [...palette.series],
    textStyle: text(SIZE.label),
    legend: legend
      ? { show: true, top: 0, ...(rtl ? { right: 0, align: 'right' } : { left: 0, align: 'left' }), itemWidth: 24, itemHeight: 16, itemGap: 28, textStyle: text(SIZE.legend), selectedMode: false }
      : { show: false },
    grid: { top: legend ? 64 : 40, bottom: 8, left: 8, right: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: data.categories,
      inverse: rtl,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: palette.muted, width: 2 } },
      axisLabel: { ...text(SIZE.tick), interval: 0, width: slot, overflow: 'break', lineHeight: 22 },
    },
    yAxis: {
      type: 'value',
      position: rtl ? 'right' : 'left',
      name: look.axisLabel,
      nameLocation: 'end',
      nameGap: 18,
      nameTextStyle: { ...text(SIZE.tick, palette.muted), align: rtl ? 'right' : 'left' },
      axisLabel: { ...text(SIZE.tick, palette.muted), formatter: (v: number) => look.formatNumber(v) },
      splitLine: { lineStyle: { color: palette.rule } },
    },
    series,
  };
}
