import type { Bullet, KeyJudgment, Slide, SlideOf, TimelineEntry } from '../deck';
import { knownKind } from '../render/markup/statementText';
import type { WhatChanged } from '../versions/whatChanged';
import { attributeComment } from './attributeComments';
import { changesBlocks } from './changesMarkdown';
import { chartBlocks } from './chartMarkdown';
import { formatCitations } from './citationText';
import { pictureBlocks } from './pictureMarkdown';
import { mapBlocks } from './mapMarkdown';
import { escapeBlockText, escapeCell, escapeHeading, escapeLine, inertInline } from './markdownEscape';
import { statementAttributes, statementLead, statementSource } from './statementMarkdown';

/** What a slide's Markdown needs besides the slide: the endnote lines for a sources slide, the deck's language. */
export interface SlideMarkdownContext {
  /** Endnote texts (already formatted) listed on a `sources` slide. */
  endnotes: readonly string[];
  /** BCP 47 tag of the deck: the words of the statement labels and confidence lines (src-shared/render/labels.ts). */
  language: string;
  /** What a "what changed" slide lists (whatChanged of the deck). */
  whatChanged: WhatChanged;
}

/** Marks a BLUF paragraph so import can tell it from the judgments' list. */
export const BLUF_PREFIX = '**BLUF:**';

const FRAGMENT = { class: 'fragment' };

/**
 * The body of one slide (no `.slide` comment, no notes) in reveal.js Markdown. Titles use `#` for title and
 * section slides and `##` elsewhere; fragments, per-item citations and statement fields ride on
 * `<!-- .element: -->` comments. Statements show their portion mark, kind label, likelihood and confidence line
 * (statementMarkdown.ts); the body portion mark starts the subtitle, BLUF sentence, caption or quote.
 */
export function slideBodyMarkdown(slide: Slide, ctx: SlideMarkdownContext): string {
  const blocks: string[] = [];
  const heading = slide.layout === 'title' || slide.layout === 'section' ? '#' : '##';
  const body = bodyLead(slide);
  if (slide.title.trim()) blocks.push(`${heading} ${escapeHeading(slide.title)}`);
  switch (slide.layout) {
    case 'title':
    case 'section':
      if (slide.subtitle.trim()) blocks.push(paragraph(body + slide.subtitle));
      break;
    case 'bluf':
      blocks.push(...blufBlocks(slide, ctx.language));
      break;
    case 'bullets':
      if (slide.bullets.length) blocks.push(bulletList(slide.bullets, ctx.language));
      break;
    case 'two-column':
      for (const column of [slide.left, slide.right]) {
        blocks.push(column.heading.trim() ? `### ${escapeHeading(column.heading)}` : '###');
        if (column.bullets.length) blocks.push(bulletList(column.bullets, ctx.language));
      }
      break;
    case 'table':
      blocks.push(...tableBlocks(slide, ctx.language));
      break;
    case 'timeline':
      if (slide.entries.length) blocks.push(slide.entries.map((e) => timelineItem(e, ctx.language)).join('\n'));
      break;
    case 'quote':
      if (slide.quote.trim()) blocks.push(escapeBlockText(body + slide.quote.trim()).split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n'));
      if (slide.attribution.trim()) blocks.push(`— ${escapeBlockText(oneLine(slide.attribution))}`);
      break;
    case 'sources':
      if (ctx.endnotes.length) blocks.push(ctx.endnotes.map((n, i) => `${i + 1}. ${escapeBlockText(oneLine(n))}`).join('\n'));
      break;
    case 'chart':
      blocks.push(...chartBlocks(slide));
      break;
    case 'picture':
      blocks.push(...pictureBlocks(slide.picture));
      break;
    case 'map':
      blocks.push(...mapBlocks(slide));
      break;
    case 'changes':
      blocks.push(...changesBlocks(ctx.whatChanged));
      break;
  }
  return blocks.join('\n\n');
}

/** The body portion mark and a space, or '' (raw text: the caller escapes it with the text it starts). */
function bodyLead(slide: Slide): string {
  const mark = slide.bodyPortionMarking?.trim() ?? '';
  return mark === '' ? '' : `${mark} `;
}

function blufBlocks(slide: SlideOf<'bluf'>, language: string): string[] {
  const out: string[] = [];
  if (slide.bluf.trim()) out.push(`${BLUF_PREFIX} ${inertInline(oneLine(bodyLead(slide) + slide.bluf))}`);
  if (slide.judgments.length) out.push(slide.judgments.map((j) => judgmentItem(j, language)).join('\n'));
  return out;
}

/**
 * `- (U) **JUDGMENT** _likely_ text` with the confidence sentence on the item's next line and the fragment, citation
 * and statement fields on its comment: a key judgment always shows the judgment label; its own fields are written
 * as stored (no kind attribute unless the deck has one). All of it user text, escaped and made inert together.
 */
function judgmentItem(j: KeyJudgment, language: string): string {
  const source = statementSource(j.text, { ...j, kind: 'judgment' }, language);
  return `- ${indentContinuation(escapeBlockText(source), 2)}${elementComment(j.fragment, j.citations, statementAttributes(j))}`;
}

function timelineItem(e: TimelineEntry, language: string): string {
  // The event follows the date on the item's first line, so only its continuation lines need block escapes.
  const [first, ...more] = statementSource(e.event, e, language).split(/\r?\n/);
  const event = [inertInline(first), ...more.map(escapeLine)].join('\n');
  return `- **${inertInline(oneLine(e.date)).replace(/\*/g, '\\*')}** — ${indentContinuation(event, 2)}${elementComment(e.fragment, e.citations, statementAttributes(e))}`;
}

/**
 * A nested `-` list: each level indents two more spaces (the content offset of `- `). A level that skips a step
 * (0 then 2) cannot be written as plain nesting, so the item carries `data-level` as well.
 */
export function bulletList(bullets: readonly Bullet[], language: string): string {
  let depth = -1;
  return bullets
    .map((b) => {
      const nested = Math.min(b.level, depth + 1);
      depth = nested;
      const pad = '  '.repeat(nested);
      const extra: Record<string, string> = nested !== b.level ? { 'data-level': String(b.level) } : {};
      const text = indentContinuation(escapeBlockText(statementSource(b.text, b, language)), pad.length + 2);
      return `${pad}- ${text}${elementComment(b.fragment, b.citations, { ...extra, ...statementAttributes(b) })}`;
    })
    .join('\n');
}

/**
 * A GFM table; a row with a kind shows its label at the start of its first cell (the kinds themselves ride on the
 * slide comment, `data-row-kinds`); the body portion mark starts the caption paragraph.
 */
function tableBlocks(slide: SlideOf<'table'>, language: string): string[] {
  const width = Math.max(slide.columns.length, ...slide.rows.map((r) => r.length), 0);
  const out: string[] = [];
  if (width > 0) {
    const row = (cells: readonly string[], lead = ''): string =>
      `| ${Array.from({ length: width }, (_, i) => escapeCell(i === 0 ? lead + (cells[0] ?? '') : (cells[i] ?? ''))).join(' | ')} |`;
    const lead = (i: number) => {
      const kind = knownKind(slide.rowKinds?.[i]);
      return kind ? statementLead({ kind }, language) : '';
    };
    out.push([row(slide.columns), `|${' --- |'.repeat(width)}`, ...slide.rows.map((r, i) => row(r, lead(i)))].join('\n'));
  }
  if (slide.caption.trim() || bodyLead(slide)) out.push(paragraph(bodyLead(slide) + slide.caption));
  return out;
}

function elementComment(fragment: boolean, citations: Bullet['citations'], extra: Record<string, string | undefined> = {}): string {
  const comment = attributeComment('element', { ...(fragment ? FRAGMENT : {}), 'data-citations': formatCitations(citations), ...extra });
  return comment ? ` ${comment}` : '';
}

function paragraph(text: string): string {
  return escapeBlockText(text.trim().split(/\r?\n/).map((l) => l.trim()).join('\n'));
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

function indentContinuation(text: string, indent: number): string {
  return text.split('\n').map((l, i) => (i === 0 ? l : ' '.repeat(indent) + l.trimStart())).join('\n');
}
