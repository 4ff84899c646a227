import type { SlideOf } from '../../deck';
import { renderChartSvg } from '../chart/chartSvg';
import { escapeHtml, safeIdToken } from '../markup/escapeHtml';
import { portionHtml } from '../markup/statementHtml';
import { renderInline } from '../markup/inlineMarkdown';
import type { RenderContext } from '../markup/renderContext';
import { slideTitleHtml } from '../markup/slideTitle';

/**
 * Chart: the title, then `<figure class="bd-chart">` holding the drawing (an inline SVG from renderChartSvg, in the
 * deck's theme and direction) in a `role="img"` box labelled with the alt text, and the source line as the
 * figcaption (inline Markdown, escaped) after the chart's portion mark (`bodyPortionMarking`: the chart is one portion). The drawing is vector and its labels are text, in every view and export.
 */
export function chartLayoutHtml(slide: SlideOf<'chart'>, ctx: RenderContext): string {
  const svg = renderChartSvg({
    columns: slide.columns,
    rows: slide.rows,
    chartType: slide.chartType,
    axisLabel: slide.axisLabel,
    theme: ctx.deck.theme,
    rtl: ctx.deck.direction === 'rtl',
    language: ctx.deck.language,
    idPrefix: `bd-chart-${safeIdToken(slide.id)}`,
  });
  const alt = slide.alt.trim();
  const label = alt === '' ? '' : ` aria-label="${escapeHtml(alt)}"`;
  const mark = portionHtml(slide.bodyPortionMarking);
  const source = slide.sourceLine.trim() === '' && mark === '' ? '' : `<figcaption class="bd-figure-source">${mark}${renderInline(slide.sourceLine)}</figcaption>`;
  return (
    `${slideTitleHtml(slide)}<div class="bd-body bd-chart-body">` +
    `<figure class="bd-chart" data-chart-type="${escapeHtml(slide.chartType)}"><div class="bd-chart-drawing" role="img"${label}>${svg}</div>${source}</figure></div>`
  );
}
