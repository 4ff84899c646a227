import type PptxGenJS from 'pptxgenjs';
import type { Picture, SlideOf } from '../../../../src-shared/deck';
import type { Endnotes } from '../../../../src-shared/render/markup/endnotes';
import { labelsFor } from '../../../../src-shared/render/markup/labels';
import { imagePixelSize } from './pptxBackground';
import { fitScale } from './pptxFit';
import { BODY_H, BODY_Y, CONTENT_W, MARGIN_X, PT, type PptxLook } from './pptxStyle';
import { portionRuns } from './pptxStatement';
import { inlineRuns, joinParagraphs, paragraph, type RunStyle } from './pptxText';
import { bulletFitItems, bulletParagraphs } from './pptxTextLayouts';

type Slide = PptxGenJS.Slide;

/** A box on the slide, in inches. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const CAPTION_H = 0.34;
const SOURCE_H = 0.28;

/**
 * One picture in `box`, as the HTML draws it: the image (raster only: SVG pictures were drawn to PNG before, see
 * pptxSvgRaster.ts) scaled into the room its caption leaves (`contain`: all of it, centred; `cover`: the room filled
 * and cropped), its alt text as the picture's description, then the portion mark and caption and the source line
 * as editable text.
 * @throws Error naming the slide when the image's header cannot be read.
 */
export function addPictureBlock(slide: Slide, picture: Picture, box: Box, look: PptxLook, slideNumber: number, name = 'Picture'): void {
  const m = /^data:(image\/(?:png|jpeg|webp|gif));base64,(.*)$/.exec(picture.src);
  const size = m ? imagePixelSize(Uint8Array.from(Buffer.from(m[2].slice(0, 350_000), 'base64'))) : null;
  if (!m || !size) throw new Error(`slide ${slideNumber}: its picture could not be read (not a PNG, JPEG, GIF, WebP or SVG image)`);
  const hasCaption = picture.caption.trim() !== '' || (picture.portionMarking?.trim() ?? '') !== '';
  const hasSource = picture.sourceLine.trim() !== '';
  const imageH = Math.max(0.5, box.h - (hasCaption ? CAPTION_H + 0.08 : 0) - (hasSource ? SOURCE_H : 0));
  const ratio = size.width / size.height;
  const data = `${m[1]};base64,${m[2]}`;
  const altText = picture.alt || undefined;
  if (picture.fit === 'cover') {
    slide.addImage({ data, x: box.x, y: box.y, w: ratio, h: 1, sizing: { type: 'cover', w: box.w, h: imageH }, altText, objectName: name });
  } else {
    const w = Math.min(box.w, imageH * ratio);
    const h = w / ratio;
    slide.addImage({ data, x: box.x + (box.w - w) / 2, y: box.y + (imageH - h) / 2, w, h, altText, objectName: name });
  }
  let y = box.y + imageH + 0.08;
  if (hasCaption) {
    const style: RunStyle = { fontSize: PT.caption + 3, color: look.palette.text, fontFace: look.fonts.body };
    slide.addText(paragraph([...portionRuns(picture.portionMarking, style, look), ...inlineRuns(picture.caption, style, look)], look), { x: box.x, y, w: box.w, h: CAPTION_H, margin: 0, valign: 'top', fit: 'shrink', objectName: `${name} caption` });
    y += CAPTION_H;
  }
  if (hasSource) {
    const style: RunStyle = { fontSize: PT.caption, color: look.palette.muted, fontFace: look.fonts.body };
    slide.addText(paragraph(inlineRuns(picture.sourceLine, style, look), look), { x: box.x, y, w: box.w, h: SOURCE_H, margin: 0, valign: 'top', fit: 'shrink', objectName: `${name} source line` });
  }
}

/** Picture slide: the picture with its caption and source line filling the body (nothing for a slide without one). */
export function addPictureLayout(slide: Slide, s: SlideOf<'picture'>, look: PptxLook, slideNumber: number): void {
  if (s.picture) addPictureBlock(slide, s.picture, { x: MARGIN_X, y: BODY_Y, w: CONTENT_W, h: BODY_H }, look, slideNumber);
}

/**
 * Two columns of which one or both hold a picture: per column its heading, the picture (the whole column when it
 * has no bullets, else 60 % of it) and the bullets under it, shrunk together to fit as the text-only layout does.
 * "left" is the first column in reading order (on the right in an RTL deck).
 */
export function addPictureColumnsLayout(slide: Slide, s: SlideOf<'two-column'>, endnotes: Endnotes, look: PptxLook, slideNumber: number): void {
  const gap = 0.5;
  const w = (CONTENT_W - gap) / 2;
  const labels = labelsFor(look.lang);
  [s.left, s.right].forEach((column, i) => {
    const x = look.rtl === (i === 0) ? MARGIN_X + w + gap : MARGIN_X;
    let y = BODY_Y;
    if (column.heading.trim()) {
      slide.addText(paragraph(inlineRuns(column.heading, { fontSize: PT.columnHeading, color: look.palette.accent, fontFace: look.fonts.heading, bold: true }, look), look), { x, y, w, h: 0.45, margin: 0, valign: 'top', fit: 'shrink', objectName: i === 0 ? 'Left column heading' : 'Right column heading' });
      y += 0.55;
    }
    const rest = BODY_Y + BODY_H - y;
    const pictureH = column.picture ? (column.bullets.length ? rest * 0.6 : rest) : 0;
    if (column.picture) addPictureBlock(slide, column.picture, { x, y, w, h: pictureH }, look, slideNumber, i === 0 ? 'Left column picture' : 'Right column picture');
    const textY = y + pictureH + (column.picture ? 0.15 : 0);
    const textH = BODY_Y + BODY_H - textY;
    if (column.bullets.length && textH > 0.3) {
      const scale = fitScale(bulletFitItems(column.bullets, PT.column, endnotes, labels), w, textH);
      slide.addText(joinParagraphs(bulletParagraphs(column.bullets, PT.column, endnotes, look, scale)), { x, y: textY, w, h: textH, margin: 0, valign: 'top', fit: 'shrink', objectName: i === 0 ? 'Left column' : 'Right column' });
    }
  });
}
