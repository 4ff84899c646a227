import type { SlideOf } from '../../deck';
import { escapeHtml } from '../markup/escapeHtml';
import { renderInline } from '../markup/inlineMarkdown';
import type { RenderContext } from '../markup/renderContext';
import { confidenceLineHtml, statementLeadHtml } from '../markup/statementHtml';
import { knownKind } from '../markup/statementText';
import { slideTitleHtml } from '../markup/slideTitle';
import { citationSpacer } from './bulletList';

/**
 * Timeline: dated entries in order, each a date, then the event with its portion mark, kind label and likelihood
 * before it and its endnote marker and confidence line after it; fragments allowed.
 */
export function timelineLayoutHtml(slide: SlideOf<'timeline'>, ctx: RenderContext): string {
  const items = slide.entries
    .map((e) => {
      const kind = knownKind(e.kind);
      const classes = ['bd-tl-entry', kind ? `bd-stmt-${kind}` : '', e.fragment ? 'fragment' : ''].filter(Boolean).join(' ');
      return (
        `<li class="${classes}"><span class="bd-tl-date">${escapeHtml(e.date)}</span>` +
        `<span class="bd-tl-event">${statementLeadHtml(e, ctx)}${renderInline(e.event)}${citationSpacer(e.citations, ctx)}${confidenceLineHtml(e, ctx)}</span></li>`
      );
    })
    .join('');
  return `${slideTitleHtml(slide)}<div class="bd-body"><ol class="bd-timeline">${items}</ol></div>`;
}
