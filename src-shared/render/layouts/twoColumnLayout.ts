import type { PictureColumn, SlideOf } from '../../deck';
import { fieldAttr } from '../markup/fieldPaths';
import { renderInline } from '../markup/inlineMarkdown';
import type { RenderContext } from '../markup/renderContext';
import { slideTitleHtml } from '../markup/slideTitle';
import { pictureFigureHtml } from './pictureFigure';
import { bulletListHtml } from './bulletList';

function columnHtml(column: PictureColumn, ctx: RenderContext, side: 'left' | 'right'): string {
  const heading = column.heading.trim() !== '' ? `<p class="bd-col-heading"${fieldAttr(ctx, `${side}.heading`)}>${renderInline(column.heading)}</p>` : '';
  const picture = column.picture ? pictureFigureHtml(column.picture, 'bd-col-picture') : '';
  return `<div class="bd-col bd-col-${side}">${heading}${picture}${bulletListHtml(column.bullets, ctx, 'bd-bullets', `${side}.bullets`)}</div>`;
}

/**
 * Two columns, each a heading, a picture if it has one (above its bullets), and bullets. "left" is the first column in reading order: in an RTL deck it sits on
 * the right (the grid follows the text direction).
 */
export function twoColumnLayoutHtml(slide: SlideOf<'two-column'>, ctx: RenderContext): string {
  return `${slideTitleHtml(slide)}<div class="bd-body bd-columns">${columnHtml(slide.left, ctx, 'left')}${columnHtml(slide.right, ctx, 'right')}</div>`;
}
