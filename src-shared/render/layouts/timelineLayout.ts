import type { SlideOf } from '../../deck';
import { escapeHtml } from '../escapeHtml';
import { renderInline } from '../inlineMarkdown';
import type { RenderContext } from '../renderContext';
import { slideTitleHtml } from '../slideTitle';
import { citationSpacer } from './bulletList';

/** Timeline: dated entries in order, each a date, the event (inline markup), an endnote marker; fragments allowed. */
export function timelineLayoutHtml(slide: SlideOf<'timeline'>, ctx: RenderContext): string {
  const items = slide.entries
    .map(
      (e) =>
        `<li class="bd-tl-entry${e.fragment ? ' fragment' : ''}"><span class="bd-tl-date">${escapeHtml(e.date)}</span>` +
        `<span class="bd-tl-event">${renderInline(e.event)}${citationSpacer(e.citations, ctx)}</span></li>`,
    )
    .join('');
  return `${slideTitleHtml(slide)}<div class="bd-body"><ol class="bd-timeline">${items}</ol></div>`;
}
