import type { SlideOf } from '../../deck';
import { renderInline } from '../inlineMarkdown';
import { slideTitleHtml } from '../slideTitle';

/** Section divider: a large title and an optional subtitle. */
export function sectionLayoutHtml(slide: SlideOf<'section'>): string {
  const subtitle = slide.subtitle.trim() !== '' ? `<p class="bd-subtitle">${renderInline(slide.subtitle)}</p>` : '';
  return `<div class="bd-section-block">${slideTitleHtml(slide, slide.title, 'bd-title-section')}${subtitle}</div>`;
}
