import type PptxGenJS from 'pptxgenjs';
import type { Bullet, Deck, SlideOf } from '../../../../src-shared/deck';
import type { Endnotes } from '../../../../src-shared/render/markup/endnotes';
import { labelsFor, upperCaseFor, type RenderLabels } from '../../../../src-shared/render/markup/labels';
import { inlineToPlainText } from '../../../../src-shared/markdown/inlineRuns';
import { citationLabel } from './pptxChrome';
import { estimateLines, fitScale, type FitItem } from './pptxFit';
import { BODY_H, BODY_Y, CONTENT_W, MARGIN_X, PT, SLIDE_H, type PptxLook } from './pptxStyle';
import { authorityLines } from '../../../../src-shared/render/layouts/titleLayout';
import { confidenceRuns, portionRuns, statementExtraText, statementLeadRuns } from './pptxStatement';
import { bulletParagraph, inlineRuns, joinParagraphs, markerRuns, paragraph, plainRun, type RunStyle } from './pptxText';

type Slide = PptxGenJS.Slide;
type TextProps = PptxGenJS.TextProps;

/** Point size of a bullet at `level` (each of the first two nesting steps is 10 % smaller, as the HTML lists). */
function bulletSize(size: number, level: number): number {
  return size * Math.pow(0.9, Math.min(level, 2));
}

/**
 * What fitting needs to know about bullets: their plain text with the lead (portion mark, kind, likelihood) and
 * markers, size, indent and spacing; a bullet's confidence line counts as one more item at 75 % size.
 */
export function bulletFitItems(bullets: readonly Bullet[], size: number, endnotes: Endnotes, labels: RenderLabels): FitItem[] {
  return bullets.flatMap((b) => {
    const extra = statementExtraText(b, labels);
    const pt = bulletSize(size, b.level);
    const indentIn = (18 * (b.level + 1)) / 72;
    const item: FitItem = { text: `${extra.lead} ${inlineToPlainText(b.text)} ${citationLabel(b.citations ?? [], endnotes)}`, pt, indentIn, spaceBeforePt: b.level === 0 ? 10 : 4 };
    return extra.confidence ? [item, { text: extra.confidence, pt: pt * 0.75, indentIn }] : [item];
  });
}

/**
 * Bullets with their levels; each level is a step smaller (as the HTML's nested lists), each with its portion mark,
 * kind label and likelihood before the text, its endnote marker after it and its confidence line under it.
 * `scale` (from fitScale) shrinks every size so a dense slide fits.
 */
export function bulletParagraphs(bullets: readonly Bullet[], size: number, endnotes: Endnotes, look: PptxLook, scale = 1): TextProps[][] {
  const labels = labelsFor(look.lang);
  return bullets.map((b) => {
    const style: RunStyle = { fontSize: Math.round(bulletSize(size, b.level) * scale * 2) / 2, color: look.palette.text, fontFace: look.fonts.body };
    const marker = citationLabel(b.citations ?? [], endnotes);
    const runs = [
      ...statementLeadRuns(b, style, look, labels),
      ...inlineRuns(b.text, style, look),
      ...markerRuns(marker, style, look),
      ...confidenceRuns(b, style, look, labels),
    ];
    return bulletParagraph(runs, b.level, look, Math.round((b.level === 0 ? 10 : 4) * scale));
  });
}

/**
 * Title slide: title (else the deck title), subtitle (else the deck subtitle; its body portion mark before it), then
 * author and date, then the classification authority block when the deck's marking has one (ICD 710).
 */
export function addTitleLayout(slide: Slide, s: SlideOf<'title'>, deck: Deck, look: PptxLook): void {
  const title = s.title.trim() || deck.title;
  const subtitle = s.subtitle.trim() || deck.subtitle;
  const meta = [deck.author, deck.date].filter((x) => x.trim() !== '').join(' · ');
  const heading: RunStyle = { fontSize: PT.titleMain, color: look.palette.heading, fontFace: look.fonts.heading, bold: true };
  const marking = s.portionMarking?.trim() ? [plainRun(`${s.portionMarking.trim()} `, { ...heading, fontSize: PT.titleMain * 0.6, color: look.palette.muted }, look)] : [];
  slide.addText(paragraph([...marking, ...inlineRuns(title, heading, look)], look), { x: MARGIN_X, y: 1.9, w: CONTENT_W, h: 1.8, margin: 0, valign: 'bottom', fit: 'shrink', objectName: 'Title' });
  slide.addShape('line', { x: MARGIN_X, y: 3.85, w: CONTENT_W, h: 0, line: { color: look.palette.accent, width: 3 } });
  const lines: TextProps[][] = [];
  const sub: RunStyle = { fontSize: PT.subtitle, color: look.palette.muted, fontFace: look.fonts.body };
  if (subtitle) lines.push(paragraph([...portionRuns(s.bodyPortionMarking, sub, look), ...inlineRuns(subtitle, sub, look)], look));
  if (meta) lines.push(paragraph([plainRun(meta, { fontSize: PT.meta, color: look.palette.muted, fontFace: look.fonts.body }, look)], look, { paraSpaceBefore: 12 }));
  authorityLines(deck).forEach((l, i) =>
    lines.push(paragraph([plainRun(`${l.label}: ${l.text}`, { fontSize: PT.meta - 2, color: look.palette.text, fontFace: look.fonts.body }, look)], look, { paraSpaceBefore: i === 0 ? 14 : 0 })),
  );
  if (lines.length) slide.addText(joinParagraphs(lines), { x: MARGIN_X, y: 4.05, w: CONTENT_W, h: 1.9, margin: 0, valign: 'top', objectName: 'Subtitle' });
}

/** Section divider: a large title with an accent bar at the start edge, and the subtitle. */
export function addSectionLayout(slide: Slide, s: SlideOf<'section'>, look: PptxLook): void {
  const barX = look.rtl ? MARGIN_X + CONTENT_W - 0.12 : MARGIN_X;
  const textX = look.rtl ? MARGIN_X : MARGIN_X + 0.5;
  slide.addShape('rect', { x: barX, y: 2.4, w: 0.12, h: 2.5, fill: { color: look.palette.accent }, line: { color: look.palette.accent, width: 0 } });
  const lines: TextProps[][] = [paragraph(inlineRuns(s.title, { fontSize: PT.section, color: look.palette.heading, fontFace: look.fonts.heading, bold: true }, look), look)];
  const sub: RunStyle = { fontSize: PT.subtitle, color: look.palette.muted, fontFace: look.fonts.body };
  if (s.subtitle.trim()) lines.push(paragraph([...portionRuns(s.bodyPortionMarking, sub, look), ...inlineRuns(s.subtitle, sub, look)], look, { paraSpaceBefore: 12 }));
  slide.addText(joinParagraphs(lines), { x: textX, y: 2.4, w: CONTENT_W - 0.5, h: 2.5, margin: 0, valign: 'middle', fit: 'shrink', objectName: 'Section title' });
}

/** Bullets: one text box, each bullet a paragraph with `lvl` set to its level. */
export function addBulletsLayout(slide: Slide, s: SlideOf<'bullets'>, endnotes: Endnotes, look: PptxLook): void {
  if (s.bullets.length === 0) return;
  const scale = fitScale(bulletFitItems(s.bullets, PT.body, endnotes, labelsFor(look.lang)), CONTENT_W, BODY_H);
  slide.addText(joinParagraphs(bulletParagraphs(s.bullets, PT.body, endnotes, look, scale)), { x: MARGIN_X, y: BODY_Y, w: CONTENT_W, h: BODY_H, margin: 0, valign: 'top', fit: 'shrink', objectName: 'Bullets' });
}

/**
 * BLUF: the bottom line (its body portion mark first) in a tinted box with an accent bar, then the deck's own key
 * judgments numbered, each with its portion mark, a "JUDGMENT" label and its likelihood before the text, its endnote
 * marker after it, and its confidence and basis as a sentence on the line below (ICD 203 §D.6.e: confidence apart
 * from likelihood).
 */
export function addBlufLayout(slide: Slide, s: SlideOf<'bluf'>, deck: Deck, endnotes: Endnotes, look: PptxLook): void {
  const labels = labelsFor(deck.language);
  let y = BODY_Y;
  if (s.bluf.trim()) {
    const blufScale = fitScale([{ text: `${labels.bluf} ${s.bodyPortionMarking ?? ''} ${inlineToPlainText(s.bluf)}`, pt: PT.bluf }], CONTENT_W - 0.45, 1.15);
    const style: RunStyle = { fontSize: Math.round(PT.bluf * blufScale), color: look.palette.text, fontFace: look.fonts.body };
    slide.addShape('rect', { x: MARGIN_X, y, w: CONTENT_W, h: 1.25, fill: { color: look.palette.tint }, line: { color: look.palette.tint, width: 0 } });
    slide.addShape('rect', { x: look.rtl ? MARGIN_X + CONTENT_W - 0.08 : MARGIN_X, y, w: 0.08, h: 1.25, fill: { color: look.palette.accent }, line: { color: look.palette.accent, width: 0 } });
    const runs = [plainRun(`${labels.bluf} `, { ...style, bold: true, color: look.palette.accent }, look), ...portionRuns(s.bodyPortionMarking, style, look), ...inlineRuns(s.bluf, style, look)];
    slide.addText(paragraph(runs, look), { x: MARGIN_X + 0.25, y, w: CONTENT_W - 0.45, h: 1.25, margin: 0, valign: 'middle', fit: 'shrink', objectName: 'BLUF' });
    y += 1.45;
  }
  if (s.judgments.length === 0) return;
  const boxH = BODY_Y + BODY_H - y;
  const asJudgment = (kj: (typeof s.judgments)[number]) => ({ ...kj, kind: 'judgment' as const });
  const items: FitItem[] = [
    { text: labels.keyJudgments, pt: PT.tag + 2 },
    ...s.judgments.flatMap((kj) => {
      const extra = statementExtraText(asJudgment(kj), labels);
      const item: FitItem = { text: `${extra.lead} ${inlineToPlainText(kj.text)} ${citationLabel(kj.citations ?? [], endnotes)}`, pt: PT.judgment, indentIn: 0.3, spaceBeforePt: 8 };
      return extra.confidence ? [item, { text: extra.confidence, pt: PT.judgment * 0.75, indentIn: 0.3 }] : [item];
    }),
  ];
  const scale = fitScale(items, CONTENT_W, boxH);
  const text: RunStyle = { fontSize: Math.round(PT.judgment * scale * 2) / 2, color: look.palette.text, fontFace: look.fonts.body };
  const heading = paragraph([plainRun(upperCaseFor(labels.keyJudgments, look.lang), { fontSize: PT.tag + 2, color: look.palette.muted, fontFace: look.fonts.body, bold: true }, look)], look);
  const judgments = s.judgments.map((kj) => {
    const marker = citationLabel(kj.citations ?? [], endnotes);
    const runs = [
      ...statementLeadRuns(asJudgment(kj), text, look, labels),
      ...inlineRuns(kj.text, text, look),
      ...markerRuns(marker, text, look),
      ...confidenceRuns(kj, text, look, labels),
    ];
    return paragraph(runs, look, { bullet: { type: 'number', indent: 22 }, paraSpaceBefore: Math.round(8 * scale) });
  });
  slide.addText(joinParagraphs([heading, ...judgments]), { x: MARGIN_X, y, w: CONTENT_W, h: boxH, margin: 0, valign: 'top', fit: 'shrink', objectName: 'Key judgments' });
}

/** Two columns: each a heading in the accent colour and its bullets, side by side (mirrored for RTL). */
export function addTwoColumnLayout(slide: Slide, s: SlideOf<'two-column'>, endnotes: Endnotes, look: PptxLook): void {
  const gap = 0.5;
  const w = (CONTENT_W - gap) / 2;
  const fit = (c: typeof s.left): FitItem[] => [{ text: c.heading, pt: PT.columnHeading }, ...bulletFitItems(c.bullets, PT.column, endnotes, labelsFor(look.lang))];
  const scale = Math.min(fitScale(fit(s.left), w, BODY_H), fitScale(fit(s.right), w, BODY_H));
  [s.left, s.right].forEach((column, i) => {
    const x = look.rtl === (i === 0) ? MARGIN_X + w + gap : MARGIN_X;
    const paras: TextProps[][] = [];
    if (column.heading.trim()) paras.push(paragraph(inlineRuns(column.heading, { fontSize: Math.round(PT.columnHeading * scale), color: look.palette.accent, fontFace: look.fonts.heading, bold: true }, look), look));
    paras.push(...bulletParagraphs(column.bullets, PT.column, endnotes, look, scale));
    if (paras.length) slide.addText(joinParagraphs(paras), { x, y: BODY_Y, w, h: BODY_H, margin: 0, valign: 'top', fit: 'shrink', objectName: i === 0 ? 'Left column' : 'Right column' });
  });
}

/**
 * Quote: the quotation in large italic heading type beside an accent bar as tall as the text (a short quote is set
 * larger), then the attribution ("— name").
 */
export function addQuoteLayout(slide: Slide, s: SlideOf<'quote'>, look: PptxLook): void {
  const top = s.title.trim() ? BODY_Y + 0.3 : 1.6;
  const barX = look.rtl ? MARGIN_X + CONTENT_W - 0.1 : MARGIN_X;
  const textW = CONTENT_W - 0.45;
  const maxH = SLIDE_H - 1.0 - top - 0.8;
  const blocks = s.quote.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  const base = s.quote.length < 140 ? PT.quote + 6 : PT.quote;
  const size = Math.round(base * fitScale(blocks.map((b, i) => ({ text: inlineToPlainText(b), pt: base, spaceBeforePt: i ? 12 : 0 })), textW, maxH, 0.4));
  const quoteStyle: RunStyle = { fontSize: size, color: look.palette.text, fontFace: look.fonts.heading, italic: true };
  const paras = blocks.map((p, i) => paragraph([...(i === 0 ? portionRuns(s.bodyPortionMarking, quoteStyle, look) : []), ...inlineRuns(p, quoteStyle, look)], look, { paraSpaceBefore: i ? 12 : 0 }));
  const lines = blocks.reduce((n, p) => n + estimateLines(inlineToPlainText(p), textW, size), 0);
  const h = Math.min(maxH, (lines * size * 1.3 + (blocks.length - 1) * 12) / 72 + 0.2);
  slide.addShape('rect', { x: barX, y: top, w: 0.1, h, fill: { color: look.palette.accent }, line: { color: look.palette.accent, width: 0 } });
  if (paras.length) slide.addText(joinParagraphs(paras), { x: look.rtl ? MARGIN_X : MARGIN_X + 0.45, y: top, w: textW, h, margin: 0, valign: 'middle', fit: 'shrink', objectName: 'Quote' });
  if (s.attribution.trim()) {
    const style: RunStyle = { fontSize: PT.attribution, color: look.palette.muted, fontFace: look.fonts.body };
    slide.addText(paragraph([plainRun('— ', style, look), ...inlineRuns(s.attribution, style, look)], look), {
      x: look.rtl ? MARGIN_X : MARGIN_X + 0.45, y: top + h + 0.15, w: textW, h: 0.5, margin: 0, valign: 'top', objectName: 'Attribution',
    });
  }
}
