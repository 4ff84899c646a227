import type { SlideOf } from '../../deck';
import { WHAT_CHANGED_LABELS, type WhatChanged } from '../../versions/whatChanged';
import { escapeHtml } from '../markup/escapeHtml';
import { renderInline } from '../markup/inlineMarkdown';
import { portionHtml } from '../markup/statementHtml';
import { slideTitleHtml } from '../markup/slideTitle';

/** Above this many listed lines (judgments and sources), the slide sets them in smaller type (`bd-changes-many`). */
const MANY_LINES = 4;

function sourceListHtml(label: string, titles: readonly string[], kind: 'added' | 'dropped'): string {
  if (titles.length === 0) return '';
  return `<div class="bd-changes-sources bd-changes-${kind}"><span class="bd-changes-label">${escapeHtml(label)}:</span> ${titles.map((t) => `<span class="bd-changes-source">${escapeHtml(t)}</span>`).join('; ')}</div>`;
}

/**
 * What changed since the version before the last issued one (whatChanged): the caption naming the versions, each
 * moved judgment (its text, from what to what, and why), then the sources added and dropped; or the sentence that
 * says there is nothing to compare with. Every deck string is escaped; judgment text keeps its inline emphasis.
 */
export function changesLayoutHtml(slide: SlideOf<'changes'>, changes: WhatChanged): string {
  const title = slide.title.trim() !== '' ? slide.title : WHAT_CHANGED_LABELS.title;
  const caption = changes.caption ? `<p class="bd-changes-caption">${escapeHtml(changes.caption)}</p>` : '';
  if (changes.empty) return `${slideTitleHtml(slide, title)}<div class="bd-body">${caption}<p class="bd-changes-empty">${escapeHtml(changes.empty)}</p></div>`;
  const lines = changes.judgments.length + (changes.sourcesAdded.length > 0 ? 1 : 0) + (changes.sourcesDropped.length > 0 ? 1 : 0);
  const items = changes.judgments
    .map(
      (j) =>
        `<li class="bd-changes-judgment"><span class="bd-changes-text">${portionHtml(j.portionMarking)}${renderInline(j.text)}</span> ` +
        `<span class="bd-changes-move"><del class="bd-changes-from">${escapeHtml(j.from)}</del> → <ins class="bd-changes-to">${escapeHtml(j.to)}</ins></span>` +
        `<span class="bd-changes-reason"><span class="bd-changes-label">${escapeHtml(WHAT_CHANGED_LABELS.reason)}:</span> ${escapeHtml(j.reason)}</span></li>`,
    )
    .join('');
  const list = items ? `<ul class="bd-changes-list">${items}</ul>` : '';
  const sources = sourceListHtml(WHAT_CHANGED_LABELS.sourcesAdded, changes.sourcesAdded, 'added') + sourceListHtml(WHAT_CHANGED_LABELS.sourcesDropped, changes.sourcesDropped, 'dropped');
  return `${slideTitleHtml(slide, title)}<div class="bd-body bd-changes${lines > MANY_LINES ? ' bd-changes-many' : ''}">${caption}${list}${sources}</div>`;
}
