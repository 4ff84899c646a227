import type PptxGenJS from 'pptxgenjs';
import { chartData, type SlideOf } from '../../../../src-shared/deck';
import { MAX_VALUE_LABELS } from '../../../../src-shared/render/chart/chartOption';
import { chartPalette } from '../../../../src-shared/render/chart/chartTheme';
import { inlineRuns, paragraph, type RunStyle } from './pptxText';
import { BODY_BOTTOM, BODY_H, BODY_Y, CONTENT_W, MARGIN_X, PT, type PptxLook } from './pptxStyle';
import type { ThemeId } from '../../../../src-shared/deck';

type Slide = PptxGenJS.Slide;

/** Height (in) kept under the chart for its source line. */
const SOURCE_H = 0.4;

/**
 * Chart: a native PowerPoint chart (`<c:chart>` in ppt/charts/chartN.xml with its data in an embedded workbook, so
 * it stays editable: pptxgenjs `addChart`), not a picture. bar -> clustered columns, stacked-bar -> stacked columns
 * (`barGrouping: 'stacked'`, no gap between a category's parts), line -> lines with round markers; empty and
 * non-number cells are blanks (`displayBlanksAs: 'gap'`). Series colours, fonts and text colours are the theme's
 * (chartTheme.ts, the same as the drawn SVG); a legend at the top when there is more than one series; value labels
 * when there are at most MAX_VALUE_LABELS points; the value axis titled with `axisLabel`. In a right-to-left deck
 * the categories run from the right (`catAxisOrientation: 'maxMin'`, which puts the value axis on the right). The
 * alt text is the chart's description (PowerPoint: Edit Alt Text); the source line, after the chart's portion mark, is
 * a text box under the chart.
 */
export function addChartLayout(slide: Slide, s: SlideOf<'chart'>, theme: ThemeId, look: PptxLook): void {
  const data = chartData(s);
  const palette = chartPalette(theme);
  const hex = (c: string) => c.replace('#', '').toUpperCase();
  const mark = s.bodyPortionMarking?.trim() ?? '';
  const hasSource = s.sourceLine.trim() !== '' || mark !== '';
  const points = data.categories.length * data.series.length;
  const font = look.fonts.body;
  const text = hex(palette.text);
  const muted = hex(palette.muted);
  const stacked = s.chartType === 'stacked-bar';
  const rows = data.series.map((series) => ({ name: series.name, labels: data.categories, values: series.values as number[] }));
  const options: PptxGenJS.IChartOpts = {
    x: MARGIN_X,
    y: BODY_Y,
    w: CONTENT_W,
    h: BODY_H - (hasSource ? SOURCE_H : 0),
    objectName: 'Chart',
    altText: s.alt,
    chartColors: palette.series.slice(0, Math.max(1, data.series.length)).map(hex),
    showLegend: data.series.length > 1,
    legendPos: 't',
    legendFontFace: font,
    legendFontSize: PT.caption + 2,
    legendColor: text,
    catAxisLabelFontFace: font,
    catAxisLabelFontSize: PT.caption + 1,
    catAxisLabelColor: text,
    catAxisLineShow: true,
    catAxisLineColor: muted,
    catAxisOrientation: (look.rtl ? 'maxMin' : 'minMax') as 'minMax',
    valAxisLabelFontFace: font,
    valAxisLabelFontSize: PT.caption,
    valAxisLabelColor: muted,
    valAxisLineShow: false,
    valGridLine: { color: hex(palette.rule), size: 0.75 },
    showValAxisTitle: s.axisLabel.trim() !== '',
    valAxisTitle: s.axisLabel.trim(),
    valAxisTitleFontFace: font,
    valAxisTitleFontSize: PT.caption,
    valAxisTitleColor: muted,
    displayBlanksAs: 'gap',
    showValue: points > 0 && points <= MAX_VALUE_LABELS,
    dataLabelFontFace: font,
    dataLabelFormatCode: 'General',
    dataLabelFontSize: PT.caption,
    dataLabelColor: stacked ? hex(palette.bg) : text,
    dataLabelPosition: stacked ? 'ctr' : s.chartType === 'line' ? 't' : 'outEnd',
    lang: look.lang,
    ...(s.chartType === 'line'
      ? { lineSize: 2.25, lineDataSymbol: 'circle' as const, lineDataSymbolSize: 8 }
      : { barDir: 'col', barGrouping: stacked ? 'stacked' : 'clustered', barGapWidthPct: 60, ...(stacked ? { barOverlapPct: 100 } : {}) }),
  };
  if (rows.length > 0 && data.categories.length > 0) slide.addChart((s.chartType === 'line' ? 'line' : 'bar') as PptxGenJS.CHART_NAME, rows, options);
  if (hasSource) {
    const style: RunStyle = { fontSize: PT.caption, color: look.palette.muted, fontFace: look.fonts.body };
    const runs = inlineRuns(s.sourceLine, style, look);
    slide.addText(paragraph(mark === '' ? runs : [{ text: `${mark} `, options: style }, ...runs], look), {
      x: MARGIN_X, y: BODY_BOTTOM - SOURCE_H + 0.05, w: CONTENT_W, h: SOURCE_H - 0.05, margin: 0, valign: 'bottom', objectName: 'Source line',
    });
  }
}
