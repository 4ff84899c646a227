import type { setPlatformAPI } from 'echarts/core';
import { chartData, type ChartTable, type ChartType, type ThemeId } from '../../deck';
import { chartNumberFormat, chartOption } from './chartOption';
import { chartFontFamily, chartPalette } from './chartTheme';
import { estimateTextWidth } from './textWidth';

import { chartEngine } from './chartEngine';

let registered = false;
/** ECharts with our chart types registered and our text measure installed (once, before the first drawing). */
function echarts() {
  const { core, modules } = chartEngine();
  if (!registered) {
    core.use(modules);
    // One text measure for every environment (see textWidth.ts); ECharts reads it through zrender's platform API.
    core.setPlatformAPI({ measureText: (text: string, font?: string) => ({ width: estimateTextWidth(text, font) }) } as Parameters<typeof setPlatformAPI>[0]);
    registered = true;
  }
  return core;
}

/** What a chart drawing needs: the table, the type and axis label of the slide; the deck's theme and direction. */
export interface ChartSpec extends ChartTable {
  chartType: ChartType;
  axisLabel: string;
  theme: ThemeId;
  rtl: boolean;
  /** BCP 47 tag of the deck: how numbers are written (chartNumberFormat). */
  language: string;
  /** A prefix for the drawing's element ids, unique in the document (e.g. from the slide id). */
  idPrefix: string;
}

/** Chart drawing size in px at the slide's scale: the slide's content box width (1280 − 2 × 72) by the body height left under a title and a source line. */
export const CHART_SIZE = { width: 1136, height: 440 } as const;

/** The SVG elements an ECharts drawing of ours may hold; anything else means the output is not what was tested. */
const ALLOWED_ELEMENTS = new Set(['svg', 'g', 'rect', 'path', 'text', 'tspan', 'defs', 'clippath', 'circle', 'line', 'polyline', 'polygon', 'ellipse', 'title']);

/**
 * A chart as an SVG string, drawn by ECharts 6 on the server side (`init(null, null, { renderer: 'svg', ssr: true })`,
 * `renderToSVGString`, then `dispose`): no DOM and no canvas are needed, so it runs in src-shared for the preview,
 * the presenter view and every export alike. Labels stay `<text>` (selectable and searchable in the PDF). ECharts
 * escapes the text it writes (`&lt;`, `&amp;`, `&quot;`); the output is then made deterministic and inert: the hover
 * `<style>` block, the `zrN-cls-M` classes, `ecmeta_*` and `pointer-events` attributes are removed, and the instance
 * ids (`zrN-`, which count up per chart drawn) are replaced by `idPrefix`. Last, the markup is checked: only the
 * allowed SVG elements and no event-handler, href or style-url attribute, else nothing is returned ('').
 * The `<svg>` is `role="presentation"`: the slide's `role="img"` box around it carries the alt text, and its
 * labels are that figure's content (not `aria-hidden`: Chromium's tagged PDF leaves out a figure with no content).
 */
export function renderChartSvg(spec: ChartSpec): string {
  const { width, height } = CHART_SIZE;
  const chart = echarts().init(null, null, { renderer: 'svg', ssr: true, width, height });
  let svg: string;
  try {
    const look = { type: spec.chartType, axisLabel: spec.axisLabel, palette: chartPalette(spec.theme), fontFamily: chartFontFamily(spec.rtl), rtl: spec.rtl, formatNumber: chartNumberFormat(spec.language) };
    chart.setOption(chartOption(chartData(spec), look, width));
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const prefix = spec.idPrefix.replace(/[^A-Za-z0-9_-]/g, '_');
  const clean = svg
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/ pointer-events="[^"]*"/g, '')
    .replace(/\bzr\d+-/g, `${prefix}-`)
    .replace(/^<svg /, '<svg role="presentation" class="bd-chart-svg" ')
    .replace(/\n+/g, '');
  return isInertSvg(clean) ? clean : '';
}

/** True when every element is an allowed SVG element and no attribute can run script or load anything. */
export function isInertSvg(svg: string): boolean {
  for (const m of svg.matchAll(/<\/?([A-Za-z][\w:-]*)/g)) if (!ALLOWED_ELEMENTS.has(m[1].toLowerCase())) return false;
  for (const m of svg.matchAll(/<[^>]*>/g)) {
    const tag = m[0];
    if (/\son\w+\s*=/i.test(tag) || /\s(xlink:)?href\s*=/i.test(tag) || /url\(\s*['"]?(?!#)/i.test(tag)) return false;
  }
  return true;
}
