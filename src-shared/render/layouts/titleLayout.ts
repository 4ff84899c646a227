import type { SlideOf } from '../../deck';
import { escapeHtml } from '../escapeHtml';
import { renderInline } from '../inlineMarkdown';
import type { RenderContext } from '../renderContext';
import { slideTitleHtml } from '../slideTitle';

/** Title slide: the slide title (else the deck title), subtitle (else the deck subtitle), author and date. */
export function titleLayoutHtml(slide: SlideOf<'title'>, ctx: RenderContext): string {
  const title = slide.title.trim() !== '' ? slide.title : ctx.deck.title;
  const subtitle = slide.subtitle.trim() !== '' ? slide.subtitle : ctx.deck.subtitle;
  const meta = [ctx.deck.author, ctx.deck.date].filter((s) => s.trim() !== '').map(escapeHtml).join(' · ');
  return (
    `<div class="bd-title-block">${slideTitleHtml(slide, title, 'bd-title-main')}` +
    (subtitle.trim() !== '' ? `<p class="bd-subtitle">${renderInline(subtitle)}</p>` : '') +
    (meta !== '' ? `<p class="bd-meta">${meta}</p>` : '') +
    `</div>`
  );
}
