import type { SourceBlock } from '../../../../src-shared/sources/import';
import type { PdfLine } from './pdfLines';

/** Share of the page height, at its top and at its bottom, where running headers, footers and page numbers sit. */
const MARGIN_ZONE = 0.12;
/** A line is a heading when its font is at least this many times the body's (and at least 1 pt larger). */
const HEADING_RATIO = 1.15;
/** A gap between baselines this many times the usual line spacing starts a new paragraph. */
const PARAGRAPH_GAP = 1.4;

const PAGE_NUMBER = /^(page\s*)?(\d+|[ivxlcdm]+)(\s*(of|\/)\s*\d+)?$/i;
const ENDS_SENTENCE = /[.!?:;"”’)\]…]$/;

/**
 * Drops running headers, footers and page numbers: among the two top and two bottom lines of each page that sit in
 * the outer MARGIN_ZONE of the page, a line whose text (digits ignored, so "Page 3" matches "Page 4") appears there
 * on more than half the pages (and on at least two), and any line there that is only a page number ("7", "iv",
 * "Page 2 of 9"). Returns the lines kept and how many were dropped.
 */
export function dropRunningLines(pages: { height: number; lines: PdfLine[] }[]): { lines: PdfLine[]; dropped: number } {
  const key = (l: PdfLine, zone: string) => `${zone}|${l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}`;
  const zoneOf = (page: { height: number; lines: PdfLine[] }, l: PdfLine): string | undefined => {
    const byY = [...page.lines].sort((a, b) => b.y - a.y);
    const rank = byY.indexOf(l);
    if (rank < 2 && l.y >= page.height * (1 - MARGIN_ZONE)) return 'top';
    if (rank >= byY.length - 2 && l.y <= page.height * MARGIN_ZONE) return 'bottom';
    return undefined;
  };
  const counts = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(page.lines.flatMap((l) => (zoneOf(page, l) ? [key(l, zoneOf(page, l)!)] : [])));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeats = (k: string) => (counts.get(k) ?? 0) >= 2 && (counts.get(k) ?? 0) > pages.length / 2;
  const kept: PdfLine[] = [];
  let dropped = 0;
  for (const page of pages) {
    for (const l of page.lines) {
      const zone = zoneOf(page, l);
      if (zone && (PAGE_NUMBER.test(l.text) || repeats(key(l, zone)))) dropped++;
      else kept.push(l);
    }
  }
  return { lines: kept, dropped };
}

/** The body's font size: the size (to half a point) that most characters are set in. */
function bodySize(lines: PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(Math.round(l.size * 2) / 2, (chars.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** The usual distance between baselines of two body lines in one flow (the median), or 1.2 × the body size. */
function lineSpacing(lines: PdfLine[], body: number, isBody: (l: PdfLine) => boolean): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1].y - lines[i].y;
    if (lines[i].flow === lines[i - 1].flow && isBody(lines[i]) && isBody(lines[i - 1]) && gap > 0 && gap < body * 3) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  return gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)] : body * 1.2;
}

/** Joins two lines of one paragraph; a word hyphenated at the line end ("alloca-" + "tion") is joined whole. */
const joinLines = (a: string, b: string) => (/\p{Ll}-$/u.test(a) && /^\p{Ll}/u.test(b) ? a.slice(0, -1) + b : `${a} ${b}`);

/**
 * The blocks of a PDF's lines in reading order (pageLines, then dropRunningLines):
 * - a heading is a line whose font is clearly larger than the body's (HEADING_RATIO); consecutive heading lines of
 *   one size in one flow are one heading; levels rank the heading sizes, largest first (1..6);
 * - body lines make paragraphs; a new paragraph starts where the gap between baselines is over PARAGRAPH_GAP
 *   times the usual line spacing, after a heading, or at a column or page break when the line before ends a
 *   sentence (a paragraph that runs on into the next column or page stays one).
 */
export function pdfBlocks(lines: PdfLine[]): SourceBlock[] {
  const body = bodySize(lines);
  const isHeading = (l: PdfLine) => l.size >= body * HEADING_RATIO && l.size - body >= 1 && /\p{L}/u.test(l.text);
  const spacing = lineSpacing(lines, body, (l) => !isHeading(l));
  const headingSizes = [...new Set(lines.filter(isHeading).map((l) => Math.round(l.size * 2) / 2))].sort((a, b) => b - a);
  const blocks: SourceBlock[] = [];
  let prev: PdfLine | undefined;
  for (const line of lines) {
    const last = blocks.at(-1);
    const sameFlow = prev !== undefined && prev.flow === line.flow;
    const near = sameFlow && prev!.y - line.y <= Math.max(spacing, line.size * 1.2) * PARAGRAPH_GAP;
    if (isHeading(line)) {
      const level = Math.min(6, headingSizes.indexOf(Math.round(line.size * 2) / 2) + 1);
      if (last?.kind === 'heading' && last.level === level && near) last.text = `${last.text} ${line.text}`;
      else blocks.push({ kind: 'heading', text: line.text, level });
    } else {
      const continues = last?.kind === 'paragraph' && (sameFlow ? near : !ENDS_SENTENCE.test(last.text));
      if (continues) last.text = joinLines(last.text, line.text);
      else blocks.push({ kind: 'paragraph', text: line.text });
    }
    prev = line;
  }
  return blocks;
}
