import type { SlideOf } from '../../deck';
import type { RenderContext } from '../markup/renderContext';
import { slideTitleHtml } from '../markup/slideTitle';
import { bulletListHtml } from './bulletList';

/** Bullets: title and a nested bullet list (levels 0..4, fragments, per-bullet endnote markers). */
export function bulletsLayoutHtml(slide: SlideOf<'bullets'>, ctx: RenderContext): string {
  return `${slideTitleHtml(slide)}<div class="bd-body">${bulletListHtml(slide.bullets, ctx)}</div>`;
}
