import type PptxGenJS from 'pptxgenjs';
import type { Deck, SlideOf, TimelineEntry } from '../../../../src-shared/deck';
import { endnoteText } from '../../../../src-shared/markdown/endnoteText';
import type { Endnotes } from '../../../../src-shared/render/markup/endnotes';
import { labelsFor } from '../../../../src-shared/render/markup/labels';
import { inlineToPlainText } from '../../../../src-shared/markdown/inlineRuns';
import { columnShares } from '../../../../src-shared/deck/tableColumns';
import { citationLabel } from './pptxChrome';
import { estimateLines, fitScale } from './pptxFit';
import { BODY_BOTTOM, BODY_H, BODY_Y, CONTENT_W, MARGIN_X, PT, type PptxLook } from './pptxStyle';
import { confidenceRuns, portionRuns, statementLeadRuns } from './pptxStatement';
import { inlineRuns, joinParagraphs, markerRuns, paragraph, plainRun, type RunStyle } from './pptxText';
import { knownKind } from '../../../../src-shared/render/markup/statementText';

type Slide = PptxGenJS.Slide;
type TextProps = PptxGenJS.TextProps;

/**
 * Table: a real PowerPoint table (`<a:tbl>`, pptxgenjs `addTable`): header cells bold on the accent colour, body rows
 * banded with the tint colour, equal column widths, the caption under it (the table's portion mark first). A row with
 * a kind has its kind label at the start of its first cell (in reading order). Columns run right to left in RTL decks.
 */
export function addTableLayout(slide: Slide, s: SlideOf<'table'>, look: PptxLook): void {
  const width = Math.max(s.columns.length, ...s.rows.map((r) => r.length), 0);
  if (width === 0) return;
  const order = (cells: readonly string[]): string[] => {
    const full = Array.from({ length: width }, (_, i) => cells[i] ?? '');
    return look.rtl ? full.reverse() : full;
  };
  const align = look.rtl ? 'right' : 'left';
  const cell = (text: string, style: RunStyle, fill: string): PptxGenJS.TableCell => ({
    text: inlineRuns(text, style, look),
    options: { fill: { color: fill }, align, valign: 'top', margin: [4, 8, 4, 8], border: { type: 'solid', pt: 0.75, color: look.palette.rule } },
  });
  const captionH = s.caption.trim() || s.bodyPortionMarking?.trim() ? 0.4 : 0;
  const labels = labelsFor(look.lang);
  const shares = columnShares(s.columnWidths, width);
  const colW = shares ? (look.rtl ? [...shares].reverse() : shares).map((f) => f * CONTENT_W) : columnWidths([s.columns, ...s.rows].map((r) => order(r)), width);
  const body: RunStyle = { fontSize: tableFontSize([s.columns, ...s.rows].map((r) => order(r)), colW, BODY_H - captionH - 0.1), color: look.palette.text, fontFace: look.fonts.body };
  const rows: PptxGenJS.TableRow[] = [];
  if (s.columns.length > 0) rows.push(order(s.columns).map((t) => cell(t, { ...body, bold: true, color: look.palette.onAccent }, look.palette.accent)));
  s.rows.forEach((r, i) => {
    const fill = i % 2 === 1 ? look.palette.tint : look.palette.bg;
    const kind = knownKind(s.rowKinds?.[i]);
    const cells = order(r).map((t) => cell(t, body, fill));
    const first = look.rtl ? cells.length - 1 : 0;
    if (kind && cells[first] && Array.isArray(cells[first].text)) cells[first] = { ...cells[first], text: [...statementLeadRuns({ kind }, body, look, labels), ...cells[first].text] };
    rows.push(cells);
  });
  slide.addTable(rows, { x: MARGIN_X, y: BODY_Y, w: CONTENT_W, colW, autoPage: false, objectName: 'Table' });
  if (captionH) {
    const captionStyle: RunStyle = { fontSize: PT.caption, color: look.palette.muted, fontFace: look.fonts.body };
    slide.addText(paragraph([...portionRuns(s.bodyPortionMarking, captionStyle, look), ...inlineRuns(s.caption, captionStyle, look)], look), {
      x: MARGIN_X, y: BODY_BOTTOM - captionH, w: CONTENT_W, h: captionH, margin: 0, valign: 'bottom', objectName: 'Caption',
    });
  }
}

/** Column widths (in) sharing CONTENT_W by each column's longest cell (counted between 6 and 60 characters). */
function columnWidths(rows: readonly (readonly string[])[], width: number): number[] {
  const weights = Array.from({ length: width }, (_, c) => Math.min(60, Math.max(6, ...rows.map((r) => inlineToPlainText(r[c] ?? '').length))));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (CONTENT_W * w) / total);
}

/**
 * The largest table point size (PT.table down to 8, in half points) at which the rows, wrapped in columns `colW`
 * inches wide with 4 pt / 8 pt cell margins, are estimated to fit in `heightIn`. LibreOffice and PowerPoint grow a
 * row to its text, so a table set too large would run off the slide.
 */
function tableFontSize(rows: readonly (readonly string[])[], colW: readonly number[], heightIn: number): number {
  const texts = rows.filter((r) => r.length > 0).map((r) => r.map((t) => inlineToPlainText(t)));
  for (let pt = PT.table; pt > 8; pt -= 0.5) {
    const h = texts.reduce((sum, r) => sum + (Math.max(...r.map((t, c) => estimateLines(t, colW[c] - 16 / 72, pt))) * pt * 1.36 + 8) / 72, 0);
    if (h <= heightIn) return pt;
  }
  return 8;
}

/** A timeline event (also drawn: pptxDrawnTimeline.ts): portion mark, kind label and likelihood, the event, its endnote marker, its confidence line. */
export function entryRuns(e: TimelineEntry, endnotes: Endnotes, look: PptxLook, size: number): TextProps[] {
  const labels = labelsFor(look.lang);
  const marker = citationLabel(e.citations ?? [], endnotes);
  const style: RunStyle = { fontSize: size, color: look.palette.text, fontFace: look.fonts.body };
  return [
    ...statementLeadRuns(e, style, look, labels),
    ...inlineRuns(e.event, style, look),
    ...markerRuns(marker, style, look),
    ...confidenceRuns(e, style, look, labels),
  ];
}

/**
 * Timeline as text and shapes: up to six entries along a horizontal line (dates above round markers, events below;
 * right to left in RTL decks); more entries down a vertical line at the start edge, one row each.
 */
export function addTimelineLayout(slide: Slide, s: SlideOf<'timeline'>, endnotes: Endnotes, look: PptxLook): void {
  const n = s.entries.length;
  if (n === 0) return;
  const dateStyle: RunStyle = { fontSize: PT.timeline, color: look.palette.accent, fontFace: look.fonts.body, bold: true };
  const marker = { fill: { color: look.palette.bg }, line: { color: look.palette.accent, width: 3 } };
  if (n <= 6) {
    const lineY = BODY_Y + 1.3;
    const slot = CONTENT_W / n;
    slide.addShape('line', { x: MARGIN_X, y: lineY, w: CONTENT_W, h: 0, line: { color: look.palette.accent, width: 3 } });
    s.entries.forEach((e, i) => {
      const x = MARGIN_X + (look.rtl ? n - 1 - i : i) * slot;
      const d = 0.3;
      slide.addShape('ellipse', { x: x + slot / 2 - d / 2, y: lineY - d / 2, w: d, h: d, ...marker });
      slide.addText([plainRun(e.date, dateStyle, look)], { x: x + 0.05, y: lineY - 1.0, w: slot - 0.1, h: 0.7, margin: 0, align: 'center', valign: 'bottom', fit: 'shrink', objectName: `Timeline date ${i + 1}` });
      slide.addText(paragraph(entryRuns(e, endnotes, look, PT.timeline), look, { align: 'center' }), {
        x: x + 0.08, y: lineY + 0.3, w: slot - 0.16, h: BODY_BOTTOM - lineY - 0.3, margin: 0, valign: 'top', fit: 'shrink', objectName: `Timeline event ${i + 1}`,
      });
    });
    return;
  }
  const lineX = look.rtl ? MARGIN_X + CONTENT_W - 0.15 : MARGIN_X + 0.15;
  const rowH = BODY_H / n;
  const d = Math.min(0.24, rowH * 0.6);
  const size = Math.max(8, Math.min(PT.timeline, Math.floor(rowH * 72 * 0.55)));
  slide.addShape('line', { x: lineX, y: BODY_Y, w: 0, h: BODY_H, line: { color: look.palette.accent, width: 3 } });
  s.entries.forEach((e, i) => {
    const y = BODY_Y + i * rowH;
    slide.addShape('ellipse', { x: lineX - d / 2, y: y + rowH / 2 - d / 2, w: d, h: d, ...marker });
    const runs = [plainRun(`${e.date}  `, { ...dateStyle, fontSize: size }, look), ...entryRuns(e, endnotes, look, size)];
    slide.addText(paragraph(runs, look), { x: look.rtl ? MARGIN_X : MARGIN_X + 0.5, y, w: CONTENT_W - 0.5, h: rowH, margin: 0, valign: 'middle', fit: 'shrink', objectName: `Timeline entry ${i + 1}` });
  });
}

/**
 * Sources: the endnotes of the citations used by the exported slides, numbered as the slide markers, each with
 * authors, title, publisher, date, the URL (a hyperlink only for https:/mailto:) and the cited paragraphs.
 */
export function addSourcesLayout(slide: Slide, deck: Deck, endnotes: Endnotes, look: PptxLook): void {
  const lines = endnotes.entries.map((note) => {
    const t = endnoteText(note, deck.language);
    return { text: [t.head, t.url, t.cited].join(' '), pt: PT.endnote, indentIn: 0.3, spaceBeforePt: 8 };
  });
  const style: RunStyle = { fontSize: Math.round(PT.endnote * fitScale(lines, CONTENT_W, BODY_H) * 2) / 2, color: look.palette.text, fontFace: look.fonts.body };
  const paras: TextProps[][] = endnotes.entries.map((note) => {
    const t = endnoteText(note, deck.language);
    const runs: TextProps[] = [plainRun(`${t.head} `, style, look)];
    if (t.url) runs.push(/^(https:\/\/|mailto:)/i.test(t.url) ? { text: t.url, options: { ...plainRun('', style, look).options, color: look.palette.link, hyperlink: { url: t.url } } } : plainRun(t.url, style, look));
    runs.push(plainRun(` ${t.cited}`, { ...style, color: look.palette.muted }, look));
    return paragraph(runs, look, { bullet: { type: 'number', indent: 22 }, paraSpaceBefore: 8 });
  });
  if (paras.length === 0) paras.push(paragraph([plainRun(labelsFor(deck.language).noCitations, { ...style, color: look.palette.muted }, look)], look));
  slide.addText(joinParagraphs(paras), { x: MARGIN_X, y: BODY_Y, w: CONTENT_W, h: BODY_H, margin: 0, valign: 'top', fit: 'shrink', objectName: 'Endnotes' });
}
