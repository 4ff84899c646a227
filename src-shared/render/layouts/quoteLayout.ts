import type { SlideOf } from '../../deck';
import { renderInline } from '../inlineMarkdown';
import { paragraphsOf, slideTitleHtml } from '../slideTitle';

/** Quote: a block quotation (paragraphs at blank lines, inline markup) and its attribution. */
export function quoteLayoutHtml(slide: SlideOf<'quote'>): string {
  const paragraphs = paragraphsOf(slide.quote).map((p) => `<p>${renderInline(p)}</p>`).join('');
  const attribution = slide.attribution.trim() !== '' ? `<p class="bd-attribution">— ${renderInline(slide.attribution)}</p>` : '';
  return `${slideTitleHtml(slide)}<div class="bd-body"><blockquote class="bd-quote">${paragraphs}</blockquote>${attribution}</div>`;
}
