import type { Bullet, KeyJudgment, Slide, SlideOf, TimelineEntry } from '../deck';
import { attributeComment } from './attributeComments';
import { formatCitations } from './citationText';
import { escapeBlockText, escapeCell, escapeHeading, escapeLine, inertInline } from './markdownEscape';

/** What a slide's Markdown needs besides the slide: the endnote lines for a sources slide. */
export interface SlideMarkdownContext {
  /** Endnote texts (already formatted) listed on a `sources` slide. */
  endnotes: readonly string[];
}

/** Marks a BLUF paragraph so import can tell it from the judgments' list. */
export const BLUF_PREFIX = '**BLUF:**';

const FRAGMENT = { class: 'fragment' };

/**
 * The body of one slide (no `.slide` comment, no notes) in reveal.js Markdown. Titles use `#` for title and
 * section slides and `##` elsewhere; fragments and per-item citations ride on `<!-- .element: -->` comments.
 */
export function slideBodyMarkdown(slide: Slide, ctx: SlideMarkdownContext): string {
  const blocks: string[] = [];
  const heading = slide.layout === 'title' || slide.layout === 'section' ? '#' : '##';
  if (slide.title.trim()) blocks.push(`${heading} ${escapeHeading(slide.title)}`);
  switch (slide.layout) {
    case 'title':
    case 'section':
      if (slide.subtitle.trim()) blocks.push(paragraph(slide.subtitle));
      break;
    case 'bluf':
      blocks.push(...blufBlocks(slide));
      break;
    case 'bullets':
      if (slide.bullets.length) blocks.push(bulletList(slide.bullets));
      break;
    case 'two-column':
      for (const column of [slide.left, slide.right]) {
        blocks.push(column.heading.trim() ? `### ${escapeHeading(column.heading)}` : '###');
        if (column.bullets.length) blocks.push(bulletList(column.bullets));
      }
      break;
    case 'table':
      blocks.push(...tableBlocks(slide));
      break;
    case 'timeline':
      if (slide.entries.length) blocks.push(slide.entries.map(timelineItem).join('\n'));
      break;
    case 'quote':
      if (slide.quote.trim()) blocks.push(escapeBlockText(slide.quote.trim()).split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n'));
      if (slide.attribution.trim()) blocks.push(`— ${escapeBlockText(oneLine(slide.attribution))}`);
      break;
    case 'sources':
      if (ctx.endnotes.length) blocks.push(ctx.endnotes.map((n, i) => `${i + 1}. ${escapeBlockText(oneLine(n))}`).join('\n'));
      break;
  }
  return blocks.join('\n\n');
}

function blufBlocks(slide: SlideOf<'bluf'>): string[] {
  const out: string[] = [];
  if (slide.bluf.trim()) out.push(`${BLUF_PREFIX} ${escapeBlockText(oneLine(slide.bluf))}`);
  if (slide.judgments.length) out.push(slide.judgments.map(judgmentItem).join('\n'));
  return out;
}

/**
 * `- text (high confidence; likely)` with the fragment/citation comment. The qualifier is user text too (likelihood
 * is free text, confidence is only checked by the schema): one line, made inert like every other field.
 */
function judgmentItem(j: KeyJudgment): string {
  const qualifier = inertInline(oneLine([`${j.confidence} confidence`, j.likelihood?.trim()].filter(Boolean).join('; ')));
  return `- ${indentContinuation(escapeBlockText(j.text.trim()), 2)} (${qualifier})${elementComment(j.fragment, j.citations)}`;
}

function timelineItem(e: TimelineEntry): string {
  // The event follows the date on the item's first line, so only its continuation lines need block escapes.
  const [first, ...more] = e.event.trim().split(/\r?\n/);
  const event = [inertInline(first), ...more.map(escapeLine)].join('\n');
  return `- **${inertInline(oneLine(e.date)).replace(/\*/g, '\\*')}** — ${indentContinuation(event, 2)}${elementComment(e.fragment, e.citations)}`;
}

/**
 * A nested `-` list: each level indents two more spaces (the content offset of `- `). A level that skips a step
 * (0 then 2) cannot be written as plain nesting, so the item carries `data-level` as well.
 */
export function bulletList(bullets: readonly Bullet[]): string {
  let depth = -1;
  return bullets
    .map((b) => {
      const nested = Math.min(b.level, depth + 1);
      depth = nested;
      const pad = '  '.repeat(nested);
      const extra: Record<string, string> = nested !== b.level ? { 'data-level': String(b.level) } : {};
      const text = indentContinuation(escapeBlockText(b.text.trim()), pad.length + 2);
      return `${pad}- ${text}${elementComment(b.fragment, b.citations, extra)}`;
    })
    .join('\n');
}

function tableBlocks(slide: SlideOf<'table'>): string[] {
  const width = Math.max(slide.columns.length, ...slide.rows.map((r) => r.length), 0);
  const out: string[] = [];
  if (width > 0) {
    const row = (cells: readonly string[]): string => `| ${Array.from({ length: width }, (_, i) => escapeCell(cells[i] ?? '')).join(' | ')} |`;
    out.push([row(slide.columns), `|${' --- |'.repeat(width)}`, ...slide.rows.map(row)].join('\n'));
  }
  if (slide.caption.trim()) out.push(paragraph(slide.caption));
  return out;
}

function elementComment(fragment: boolean, citations: Bullet['citations'], extra: Record<string, string> = {}): string {
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
