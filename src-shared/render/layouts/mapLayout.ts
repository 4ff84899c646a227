import type { SlideOf } from '../../deck';
import { drawMap, mapLabelsFor, MapExtentError } from '../../map';
import { escapeHtml } from '../markup/escapeHtml';
import { renderInline } from '../markup/inlineMarkdown';
import type { RenderContext } from '../markup/renderContext';
import { slideTitleHtml } from '../markup/slideTitle';
import { portionHtml } from '../markup/statementHtml';

/**
 * Map: the title, then `<figure class="bd-map">` holding the map as inline SVG (vector in the PDF; its labels,
 * legend and data caption are `<text>`, so they stay selectable and searchable), the alt text for screen readers
 * (`role="img"` with `aria-label` on the figure's drawing box) and the source line as the figure caption, after
 * the map's portion mark (`bodyPortionMarking`: the map is one portion). An extent
 * that cannot be drawn shows a one-line notice instead of the map, never an exception.
 */
export function mapLayoutHtml(slide: SlideOf<'map'>, ctx: RenderContext): string {
  const direction = ctx.deck.direction === 'rtl' ? 'rtl' : 'ltr';
  let drawing: string;
  try {
    drawing = drawMap(slide.map, { theme: ctx.deck.theme, language: ctx.deck.language, direction }).svg;
  } catch (e) {
    if (!(e instanceof MapExtentError)) throw e;
    drawing = `<p class="bd-map-error">${escapeHtml(`${mapLabelsFor(ctx.deck.language).cannotDraw} ${e.message}`)}</p>`;
  }
  const alt = slide.alt.trim();
  const label = alt === '' ? '' : ` role="img" aria-label="${escapeHtml(alt)}"`;
  const mark = portionHtml(slide.bodyPortionMarking);
  const source = slide.sourceLine.trim() === '' && mark === '' ? '' : `<figcaption class="bd-map-source">${mark}${renderInline(slide.sourceLine)}</figcaption>`;
  return `${slideTitleHtml(slide)}<div class="bd-body bd-map-body"><figure class="bd-map"><div class="bd-map-drawing"${label}>${drawing}</div>${source}</figure></div>`;
}
