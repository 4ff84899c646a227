import type { Bullet, Citation, KeyJudgment, TimelineEntry } from '../deck';
import { parseCitations } from './citationText';
import type { Block, InlineItem, ListItem } from './markdownBlocks';
import { allItems, isFragment, paragraphsText, type WarnFn } from './blockText';
import { BLUF_PREFIX } from './slideToMarkdown';
import { definedFields, readStatement } from './statementMarkdown';

/** Deepest bullet level of the deck schema (BulletSchema.level max). */
const MAX_LEVEL = 4;

function citationsOf(item: InlineItem, warn: WarnFn): Citation[] | undefined {
  const list = parseCitations(item.attrs['data-citations'], (bad) => warn(`citation "${bad}" is not "sourceId:paragraphs" and was skipped`));
  return list.length ? list : undefined;
}

function bullet(item: InlineItem, level: number, warn: WarnFn, language: string): Bullet {
  const declared = Number(item.attrs['data-level']);
  let lvl = Number.isInteger(declared) && declared >= 0 ? declared : level;
  if (lvl > MAX_LEVEL) {
    warn(`a bullet nested ${lvl + 1} deep was moved up to level ${MAX_LEVEL + 1}`);
    lvl = MAX_LEVEL;
  }
  const { text, fields } = readStatement(item.text, item.attrs, language, warn);
  const out: Bullet = { text, level: lvl, fragment: isFragment(item) };
  const citations = citationsOf(item, warn);
  if (citations) out.citations = citations;
  return { ...out, ...definedFields(fields) };
}

/**
 * Bullets from lists (with levels), paragraphs and headings (level 0); tables, quotes and code become text. A
 * bullet's kind, portion mark and judgment fields come from its element comment (statementMarkdown.ts); `language`
 * is the deck's, whose words the visible labels use.
 */
export function bulletsFromBlocks(blocks: Block[], warn: WarnFn, language: string): Bullet[] {
  const out: Bullet[] = [];
  for (const b of blocks) {
    if (b.kind === 'list') out.push(...b.items.map((i) => bullet(i, i.level, warn, language)));
    else if (b.kind === 'paragraph' || b.kind === 'heading') out.push(bullet(b.item, 0, warn, language));
    else if (b.kind === 'quote') out.push({ text: b.text, level: 0, fragment: false });
    else if (b.kind === 'code') {
      warn('a code block was imported as plain bullets');
      out.push(...b.text.split('\n').filter((l) => l.trim()).map((l) => ({ text: l, level: 0, fragment: false })));
    } else {
      warn('a table on a bullets slide was imported as one bullet per row');
      out.push(...[b.header, ...b.rows].filter((r) => r.length).map((r) => ({ text: r.join(' · '), level: 0, fragment: false })));
    }
  }
  return out;
}

const CONFIDENCE = /\s*\((low|moderate|high) confidence(?:;\s*([^()]*?))?\)\s*$/i;

/**
 * BLUF: the first paragraph (its `**BLUF:**` prefix removed) and the list items as key judgments. A judgment's
 * fields come from its element comment; a file without them (an older export, or written by hand) may carry them as
 * a trailing `(moderate confidence; likely)`, read as before (no qualifier: moderate, which format 1 meant).
 */
export function blufFromBlocks(blocks: Block[], warn: WarnFn, language: string): { bluf: string; judgments: KeyJudgment[] } {
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'heading');
  const bluf = paragraphs.map((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? b.item.text : '')).join('\n\n');
  const judgments = allItems(blocks).map((item): KeyJudgment => {
    const { text, fields, written: typed } = readStatement(item.text, item.attrs, language, warn, 'judgment');
    const m = typed ? null : CONFIDENCE.exec(text);
    const j: KeyJudgment = { text: m ? text.slice(0, m.index) : text, fragment: isFragment(item) };
    if (!typed) j.confidence = m ? (m[1].toLowerCase() as KeyJudgment['confidence']) : 'moderate';
    if (m?.[2]) j.likelihood = m[2].trim();
    const citations = citationsOf(item, warn);
    if (citations) j.citations = citations;
    const { kind, ...rest } = definedFields(fields);
    return { ...j, ...rest, ...(kind === 'judgment' ? { kind } : {}) };
  });
  if (blocks.some((b) => b.kind !== 'paragraph' && b.kind !== 'heading' && b.kind !== 'list')) warn('only paragraphs and list items are imported on a BLUF slide');
  return { bluf: bluf.startsWith(BLUF_PREFIX) ? bluf.slice(BLUF_PREFIX.length).trim() : bluf, judgments };
}

/** Two columns: each `###` heading starts a column; the bullets under it are the column's. */
export function twoColumnFromBlocks(blocks: Block[], warn: WarnFn, language: string) {
  const columns: { heading: string; bullets: Bullet[] }[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading' && b.level >= 3 && columns.length < 2) columns.push({ heading: b.item.text, bullets: [] });
    else {
      if (columns.length === 0) columns.push({ heading: '', bullets: [] });
      columns[columns.length - 1].bullets.push(...bulletsFromBlocks([b], warn, language));
    }
  }
  return { left: columns[0] ?? { heading: '', bullets: [] }, right: columns[1] ?? { heading: '', bullets: [] } };
}

/** A table: the first table's header and rows, and a paragraph as the caption. */
export function tableFromBlocks(blocks: Block[], warn: WarnFn) {
  const tables = blocks.filter((b) => b.kind === 'table');
  const table = tables[0];
  if (tables.length > 1) warn('only the first table of a slide was imported');
  const caption = paragraphsText(blocks.filter((b) => b.kind !== 'table'), warn);
  return { columns: table?.header ?? [], rows: table?.rows ?? [], caption };
}

const DATED = /^\*\*(.+?)\*\*\s*[—–-]+\s*([\s\S]*)$/;
const PLAIN_DATED = /^(.{1,40}?)\s*(?:[—–]|:\s)\s*([\s\S]+)$/;

/** Timeline entries from list items written `**date** — event` (or `date: event`), statement fields as bullets. */
export function timelineFromBlocks(blocks: Block[], warn: WarnFn, language: string): TimelineEntry[] {
  if (blocks.some((b) => b.kind !== 'list')) warn('only list items are imported on a timeline slide');
  return allItems(blocks).map((item: ListItem): TimelineEntry => {
    const m = DATED.exec(item.text) ?? PLAIN_DATED.exec(item.text);
    if (!m) warn(`timeline item "${item.text.slice(0, 40)}" has no date`);
    const { text, fields } = readStatement(m ? m[2] : item.text, item.attrs, language, warn);
    const entry: TimelineEntry = { date: m ? m[1].replace(/\\\*/g, '*').trim() : '', event: text, fragment: isFragment(item) };
    const citations = citationsOf(item, warn);
    if (citations) entry.citations = citations;
    return { ...entry, ...definedFields(fields) };
  });
}

const ATTRIBUTION = /^(?:—|–|--|-)\s*/;

/** A quote: the blockquote's text and the attribution paragraph (written `— name`). */
export function quoteFromBlocks(blocks: Block[], warn: WarnFn): { quote: string; attribution: string } {
  const quote = blocks.filter((b) => b.kind === 'quote').map((b) => b.text).join('\n\n');
  const rest = paragraphsText(blocks.filter((b) => b.kind !== 'quote'), warn);
  return { quote, attribution: rest.replace(ATTRIBUTION, '') };
}
