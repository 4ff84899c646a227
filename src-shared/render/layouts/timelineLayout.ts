import type { SlideOf } from '../../deck';
import { escapeHtml } from '../markup/escapeHtml';
import { fieldAttr } from '../markup/fieldPaths';
import { renderInline } from '../markup/inlineMarkdown';
import type { RenderContext } from '../markup/renderContext';
import { confidenceLineHtml, statementLeadHtml } from '../markup/statementHtml';
import { knownKind } from '../markup/statementText';
import { slideTitleHtml } from '../markup/slideTitle';
import { citationSpacer } from './bulletList';

/**
 * Timeline: dated entries in order, each a date, then the event with its portion mark, kind label and likelihood
 * before it and its endnote marker and confidence line after it; fragments allowed. With `style: 'drawn'` the same
 * list is drawn along an axis (`bd-timeline-drawn`, chartCss.ts): date above a marker on the axis, the event under it,
 * in reading direction (from the right in a right-to-left deck), `drawnColumns` entries a row.
 */
export function timelineLayoutHtml(slide: SlideOf<'timeline'>, ctx: RenderContext): string {
  const items = slide.entries
    .map((e, i) => {
      const kind = knownKind(e.kind);
      const classes = ['bd-tl-entry', kind ? `bd-stmt-${kind}` : '', e.fragment ? 'fragment' : ''].filter(Boolean).join(' ');
      return (
        `<li class="${classes}"><span class="bd-tl-date"${fieldAttr(ctx, `entries.${i}.date`)}>${escapeHtml(e.date)}</span>` +
        `<span class="bd-tl-event"${fieldAttr(ctx, `entries.${i}.event`)}>${statementLeadHtml(e, ctx)}${renderInline(e.event)}${citationSpacer(e.citations, ctx)}${confidenceLineHtml(e, ctx)}</span></li>`
      );
    })
    .join('');
  const list = slide.style === 'drawn' ? `bd-timeline bd-timeline-drawn bd-tl-cols-${drawnColumns(slide.entries.length)}` : 'bd-timeline';
  return `${slideTitleHtml(slide)}<div class="bd-body"><ol class="${list}">${items}</ol></div>`;
}

/**
 * Entries per row of a drawn timeline: all of them up to five, else the rows are balanced (six entries: two rows of
 * three; seven: four and three), at most five a row so that an event keeps about 220 px of width.
 */
export function drawnColumns(count: number): number {
  if (count <= 5) return Math.max(1, count);
  return Math.ceil(count / Math.ceil(count / 5));
}
