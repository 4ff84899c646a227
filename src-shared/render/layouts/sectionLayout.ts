import type { SlideOf } from '../../deck';
import { fieldAttr } from '../markup/fieldPaths';
import type { RenderContext } from '../markup/renderContext';
import { renderInline } from '../markup/inlineMarkdown';
import { portionHtml } from '../markup/statementHtml';
import { slideTitleHtml } from '../markup/slideTitle';

/** Section divider: a large title and an optional subtitle (its body portion mark before it). */
export function sectionLayoutHtml(slide: SlideOf<'section'>, ctx: Pick<RenderContext, 'options'>): string {
  const subtitle = slide.subtitle.trim() !== '' ? `<p class="bd-subtitle"${fieldAttr(ctx, 'subtitle')}>${portionHtml(slide.bodyPortionMarking)}${renderInline(slide.subtitle)}</p>` : '';
  return `<div class="bd-section-block">${slideTitleHtml(slide, slide.title, 'bd-title-section')}${subtitle}</div>`;
}
