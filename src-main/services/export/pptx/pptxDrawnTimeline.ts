import type PptxGenJS from 'pptxgenjs';
import type { SlideOf } from '../../../../src-shared/deck';
import type { Endnotes } from '../../../../src-shared/render/markup/endnotes';
import { drawnColumns } from '../../../../src-shared/render/layouts/timelineLayout';
import { entryRuns } from './pptxDataLayouts';
import { BODY_H, BODY_Y, CONTENT_W, MARGIN_X, PT, type PptxLook } from './pptxStyle';
import { paragraph, plainRun, type RunStyle } from './pptxText';

/**
 * A drawn timeline (`style: 'drawn'`) as shapes and text boxes, row by row as the HTML draws it: `drawnColumns`
 * entries a row, each row an accent line with a round marker per entry, the date above the marker and the event
 * (kind label, likelihood, endnote marker, confidence line) under it, aligned to the entry's start edge; entries run
 * from the right in a right-to-left deck. Every date and event stays editable text.
 */
export function addDrawnTimeline(slide: PptxGenJS.Slide, s: SlideOf<'timeline'>, endnotes: Endnotes, look: PptxLook): void {
  const n = s.entries.length;
  if (n === 0) return;
  const perRow = drawnColumns(n);
  const rows = Math.ceil(n / perRow);
  const rowH = BODY_H / rows;
  const slot = CONTENT_W / perRow;
  const size = rows > 1 ? PT.timeline - 2 : PT.timeline;
  const dateH = 0.45;
  const d = 0.26;
  const dateStyle: RunStyle = { fontSize: size, color: look.palette.accent, fontFace: look.fonts.body, bold: true };
  const align = look.rtl ? 'right' : 'left';
  for (let r = 0; r < rows; r++) {
    const top = BODY_Y + r * rowH;
    const lineY = top + dateH + d / 2 + 0.04;
    const inRow = s.entries.slice(r * perRow, (r + 1) * perRow);
    const rowW = inRow.length * slot;
    slide.addShape('line', { x: look.rtl ? MARGIN_X + CONTENT_W - rowW : MARGIN_X, y: lineY, w: rowW, h: 0, line: { color: look.palette.accent, width: 3 } });
    inRow.forEach((e, k) => {
      const i = r * perRow + k;
      const x = look.rtl ? MARGIN_X + CONTENT_W - (k + 1) * slot : MARGIN_X + k * slot;
      const dotX = look.rtl ? x + slot - d : x;
      slide.addShape('ellipse', { x: dotX, y: lineY - d / 2, w: d, h: d, fill: { color: look.palette.bg }, line: { color: look.palette.accent, width: 3.5 } });
      slide.addText([plainRun(e.date, dateStyle, look)], { x, y: top, w: slot - 0.15, h: dateH, margin: 0, align, valign: 'bottom', fit: 'shrink', objectName: `Timeline date ${i + 1}` });
      slide.addText(paragraph(entryRuns(e, endnotes, look, size), look, { align }), {
        x: look.rtl ? x + 0.05 : x, y: lineY + d / 2 + 0.12, w: slot - 0.2, h: rowH - dateH - d - 0.25, margin: 0, valign: 'top', fit: 'shrink', objectName: `Timeline event ${i + 1}`,
      });
    });
  }
}
