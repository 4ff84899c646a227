import type PptxGenJS from 'pptxgenjs';
import type { Deck } from '../../../../src-shared/deck';
import { inlineToPlainText } from '../../../../src-shared/markdown/inlineRuns';
import { WHAT_CHANGED_LABELS, whatChanged } from '../../../../src-shared/versions/whatChanged';
import { fitScale, type FitItem } from './pptxFit';
import { BODY_H, BODY_Y, CONTENT_W, MARGIN_X, PT, type PptxLook } from './pptxStyle';
import { joinParagraphs, paragraph, plainRun, type RunStyle } from './pptxText';

/**
 * The "what changed" slide in PowerPoint, the same content as the HTML (whatChanged): the caption, each moved
 * judgment as a paragraph (its text, then "from → to", then "Why: reason"), the sources added and dropped, or the
 * sentence saying there is no earlier version; scaled down as a whole when it would overflow the body box.
 */
export function addChangesLayout(slide: PptxGenJS.Slide, deck: Deck, look: PptxLook): void {
  const w = whatChanged(deck);
  const lines: Array<{ text: string; muted?: boolean; bold?: boolean; space: number }> = [];
  if (w.caption) lines.push({ text: w.caption, muted: true, space: 0 });
  if (w.empty) lines.push({ text: w.empty, muted: true, space: 12 });
  for (const j of w.judgments) {
    lines.push({ text: `${j.portionMarking ? `${j.portionMarking} ` : ''}${inlineToPlainText(j.text)}`, bold: true, space: 12 });
    lines.push({ text: `${j.from} → ${j.to}`, space: 2 });
    lines.push({ text: `${WHAT_CHANGED_LABELS.reason}: ${j.reason}`, muted: true, space: 2 });
  }
  if (w.sourcesAdded.length) lines.push({ text: `${WHAT_CHANGED_LABELS.sourcesAdded}: ${w.sourcesAdded.join('; ')}`, space: 12 });
  if (w.sourcesDropped.length) lines.push({ text: `${WHAT_CHANGED_LABELS.sourcesDropped}: ${w.sourcesDropped.join('; ')}`, space: 6 });
  const fit: FitItem[] = lines.map((l) => ({ text: l.text, pt: PT.body, spaceBeforePt: l.space }));
  const size = Math.round(PT.body * fitScale(fit, CONTENT_W, BODY_H) * 2) / 2;
  const paras = lines.map((l) => {
    const style: RunStyle = { fontSize: size, color: l.muted ? look.palette.muted : look.palette.text, fontFace: look.fonts.body, bold: l.bold };
    return paragraph([plainRun(l.text, style, look)], look, { paraSpaceBefore: l.space });
  });
  slide.addText(joinParagraphs(paras), { x: MARGIN_X, y: BODY_Y, w: CONTENT_W, h: BODY_H, margin: 0, valign: 'top', fit: 'shrink', objectName: 'What changed' });
}
