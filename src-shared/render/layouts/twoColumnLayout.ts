import type { Column, SlideOf } from '../../deck';
import { renderInline } from '../markup/inlineMarkdown';
import type { RenderContext } from '../markup/renderContext';
import { slideTitleHtml } from '../markup/slideTitle';
import { bulletListHtml } from './bulletList';

function columnHtml(column: Column, ctx: RenderContext, side: 'left' | 'right'): string {
  const heading = column.heading.trim() !== '' ? `<p class="bd-col-heading">${renderInline(column.heading)}</p>` : '';
  return `<div class="bd-col bd-col-${side}">${heading}${bulletListHtml(column.bullets, ctx)}</div>`;
}

/**
 * Two columns, each a heading and bullets. "left" is the first column in reading order: in an RTL deck it sits on
 * the right (the grid follows the text direction).
 */
export function twoColumnLayoutHtml(slide: SlideOf<'two-column'>, ctx: RenderContext): string {
  return `${slideTitleHtml(slide)}<div class="bd-body bd-columns">${columnHtml(slide.left, ctx, 'left')}${columnHtml(slide.right, ctx, 'right')}</div>`;
}
