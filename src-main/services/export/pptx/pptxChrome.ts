import type PptxGenJS from 'pptxgenjs';
import type { Citation } from '../../../../src-shared/deck';
import type { EffectiveBanner } from '../../../../src-shared/render/markup/classificationBanner';
import { TLP_COLOURS } from '../../../../src-shared/tradecraft/portionMarks';
import { citationLabelParts } from '../../../../src-shared/render/markup/citationMarkers';
import { labelsFor } from '../../../../src-shared/render/markup/labels';
import type { Endnotes } from '../../../../src-shared/render/markup/endnotes';
import { BANNER_H, CONTENT_W, FOOTER_Y, MARGIN_X, PT, SLIDE_H, SLIDE_W, TITLE_H, TITLE_Y, bannerColours, rowClearOfLogo, type PptxLook } from './pptxStyle';
import { inlineRuns, paragraph, plainRun } from './pptxText';

type Slide = PptxGenJS.Slide;

/**
 * The banner (`deckBanner`: computed from the portion marks in a CAPCO or TLP deck) at the top and bottom edge: a
 * full-width text box filled with the level's colour (unclassified green, CUI purple, confidential blue, secret red,
 * top secret orange), bold centred text; a TLP banner is the label's TLP 2.0 colour on black. Level `none` draws
 * the text without a colour bar; an empty text draws nothing (same rules as the HTML banner).
 */
export function addBanners(slide: Slide, banner: EffectiveBanner, look: PptxLook): void {
  const text = banner.text.trim();
  if (text === '') return;
  const tlp = banner.tlp ? TLP_COLOURS[banner.tlp] : undefined;
  const colours = tlp ? { fill: '000000', text: tlp.slice(1).toUpperCase() } : bannerColours(banner.level);
  for (const y of [0, SLIDE_H - BANNER_H]) {
    slide.addText([plainRun(text, { fontSize: PT.banner, color: colours?.text ?? look.palette.muted, fontFace: look.fonts.body, bold: true }, look)], {
      x: 0, y, w: SLIDE_W, h: BANNER_H, margin: 0, align: 'center', valign: 'middle', charSpacing: 1,
      fill: colours ? { color: colours.fill } : undefined,
      objectName: y === 0 ? 'Classification banner (top)' : 'Classification banner (bottom)',
    });
  }
}

/**
 * The slide title: portion marking (e.g. "(U)") before it, the title in the heading font, and an accent rule
 * under it (as the HTML `.bd-title`). Nothing for an empty title.
 */
export function addTitle(slide: Slide, title: string, portionMarking: string | undefined, look: PptxLook): void {
  if (title.trim() === '') return;
  const style = { fontSize: PT.title, color: look.palette.heading, fontFace: look.fonts.heading, bold: true };
  const marking = portionMarking?.trim() ? [plainRun(`${portionMarking.trim()} `, { ...style, fontSize: PT.title * 0.6, color: look.palette.muted }, look)] : [];
  const row = rowClearOfLogo(look, 'top', MARGIN_X, CONTENT_W);
  slide.addText(paragraph([...marking, ...inlineRuns(title, style, look)], look), {
    x: row.x, y: TITLE_Y, w: row.w, h: TITLE_H, margin: 0, valign: 'bottom', fit: 'shrink', objectName: 'Title',
  });
  slide.addShape('line', { x: MARGIN_X, y: TITLE_Y + TITLE_H + 0.08, w: CONTENT_W, h: 0, line: { color: look.palette.accent, width: 2.25 } });
}

/**
 * "[1 ¶4–7; 2 ¶3]": endnote numbers of the sources slide and the cited paragraphs, citations of one source merged
 * (the HTML marker's parts: `citationLabelParts` in src-shared/render/citationMarkers.ts, over
 * `mergeCitationsBySource`). Every space in it is a no-break space (also after the commas of "¶4, 16"), so a marker
 * never breaks across lines.
 */
export function citationLabel(citations: readonly Citation[], endnotes: Endnotes): string {
  if (citations.length === 0) return '';
  return `[${citationLabelParts(citations, endnotes.numberOf, '\u00A0').join(';\u00A0')}]`.replace(/ /g, '\u00A0');
}

/**
 * The footer: slide-level citation markers at the start edge and the slide number at the end edge. The
 * number is a PowerPoint slide-number field (`<a:fld type="slidenum">`), so it stays right when slides move.
 */
export function addFooter(slide: Slide, refs: string, look: PptxLook): void {
  const style = { fontSize: PT.footer, color: look.palette.muted, fontFace: look.fonts.body };
  const row = rowClearOfLogo(look, 'bottom', MARGIN_X, CONTENT_W);
  if (refs !== '') {
    slide.addText([plainRun(refs, style, look)], { x: row.x, y: FOOTER_Y, w: row.w - 1.5, h: 0.3, margin: 0, align: look.rtl ? 'right' : 'left', valign: 'middle', objectName: 'Citations' });
  }
  slide.slideNumber = { x: look.rtl ? row.x : row.x + row.w - 1.2, y: FOOTER_Y, w: 1.2, h: 0.3, fontFace: look.fonts.body, fontSize: PT.footer, color: look.palette.muted, align: look.rtl ? 'left' : 'right', margin: 0 };
}

/**
 * A picture's portion mark beside the picture: the background fills the slide, so the mark ("Picture (S)") sits in
 * the top end corner under the banner, on the slide's background colour. Nothing for a slide without one.
 */
export function addPictureMark(slide: Slide, s: { background?: { portionMarking?: string } }, deck: { language: string }, look: PptxLook): void {
  const mark = s.background?.portionMarking?.trim() ?? '';
  if (mark === '') return;
  const text = `${labelsFor(deck.language).picture} ${mark}`;
  slide.addText([plainRun(text, { fontSize: PT.footer, color: look.palette.text, fontFace: look.fonts.body, bold: true }, look)], {
    x: look.rtl ? 0.12 : SLIDE_W - 2.6 - 0.12, y: BANNER_H + 0.06, w: 2.6, h: 0.28, margin: 2, align: look.rtl ? 'left' : 'right', valign: 'middle',
    fill: { color: look.palette.bg }, objectName: 'Picture portion marking',
  });
}
