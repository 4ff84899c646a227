import type { SlideOf } from '../../deck';
import { fieldAttr } from '../markup/fieldPaths';
import type { RenderContext } from '../markup/renderContext';
import { renderInline } from '../markup/inlineMarkdown';
import { portionHtml } from '../markup/statementHtml';
import { paragraphsOf, slideTitleHtml } from '../markup/slideTitle';

/** A quote of at most this many characters, in one or two paragraphs, is set large and centred (`bd-quote-short`). */
export const SHORT_QUOTE_CHARS = 180;

/**
 * Quote: a block quotation (paragraphs at blank lines, inline markup; the body portion mark first) and its attribution, centred vertically in the
 * slide body. A short quote (`SHORT_QUOTE_CHARS`) is a pull quote: large type centred on the slide under an accent
 * rule, the attribution centred below it; a longer one keeps the accent bar at its start edge.
 */
export function quoteLayoutHtml(slide: SlideOf<'quote'>, ctx: Pick<RenderContext, 'options'>): string {
  const blocks = paragraphsOf(slide.quote);
  const mark = portionHtml(slide.bodyPortionMarking);
  const paragraphs = blocks.map((p, i) => `<p>${i === 0 ? mark : ''}${renderInline(p)}</p>`).join('');
  const short = blocks.length <= 2 && slide.quote.trim().length <= SHORT_QUOTE_CHARS;
  const attribution = slide.attribution.trim() !== '' ? `<p class="bd-attribution"${fieldAttr(ctx, 'attribution')}>— ${renderInline(slide.attribution)}</p>` : '';
  return `${slideTitleHtml(slide)}<div class="bd-body bd-quote-body${short ? ' bd-quote-short' : ''}"><blockquote class="bd-quote"${fieldAttr(ctx, 'quote')}>${paragraphs}</blockquote>${attribution}</div>`;
}
