import type PptxGenJS from 'pptxgenjs';
import sharp from 'sharp';
import type { Deck, Slide, SlideOf } from '../../../../src-shared/deck';
import { inlineToPlainText } from '../../../../src-shared/markdown/inlineRuns';
import { drawMap, MAP_FRAME, MapExtentError, mapLabelsFor, mapPaletteFor, type MapTextItem } from '../../../../src-shared/map';
import { BODY_Y, CONTENT_W, MARGIN_X, PT, type PptxLook } from './pptxStyle';

/** The map's shapes drawn as a PNG (base64, no text), keyed by slide id; a map that cannot be drawn has none. */
export type MapPictures = ReadonlyMap<string, string>;

/** Pixel density of the map picture: twice the slide's 96 px per inch, so it stays sharp when projected. */
const PICTURE_SCALE = 2;

/**
 * Draws each map slide's shapes (water, countries, highlights, lines, points, legend boxes) without its text and
 * rasterizes them with sharp (librsvg) to a PNG at twice the slide's resolution. pptxgenjs 4 can embed an SVG, but
 * in Node it writes a broken PNG in place of the fallback that PowerPoint and LibreOffice show; so the map goes in
 * as a PNG and its labels as native text boxes (addMapLayout), which stay editable and legible at any zoom.
 * @throws Error from sharp if the SVG cannot be rasterized.
 */
export async function rasterizeMaps(slides: readonly Slide[], deck: Deck): Promise<MapPictures> {
  const out = new Map<string, string>();
  for (const s of slides) {
    if (s.layout !== 'map') continue;
    let svg: string;
    try {
      svg = drawMap(s.map, { theme: deck.theme, language: deck.language, direction: deck.direction === 'rtl' ? 'rtl' : 'ltr', text: false }).svg;
    } catch (e) {
      if (e instanceof MapExtentError) continue;
      throw e;
    }
    const png = await sharp(Buffer.from(svg), { density: 72 * PICTURE_SCALE }).png({ compressionLevel: 9 }).toBuffer();
    out.set(s.id, png.toString('base64'));
  }
  return out;
}

const PX = 1 / 96;
const hex = (c: string) => c.replace('#', '').toUpperCase();

/** One text item of the map as a text box at its SVG position (px -> in; size px -> pt), run direction per deck. */
function addLabel(slide: PptxGenJS.Slide, t: MapTextItem, x0: number, y0: number, colours: { text: string; halo: string; muted: string }, look: PptxLook): void {
  const fontSize = t.size * 0.75;
  const w = Math.max(0.4, (t.text.length * t.size * 0.62 + 8) * PX);
  const h = t.size * 1.5 * PX;
  // Anchor x: the text starts there (extends right in LTR, left in RTL), ends there (the other way) or is centred on it.
  const ax = x0 + t.x * PX;
  const towardRight = (t.anchor === 'start') !== look.rtl;
  const x = t.anchor === 'middle' ? ax - w / 2 : towardRight ? ax : ax - w;
  const y = y0 + (t.y - t.size * 1.05) * PX;
  const haloed = t.role === 'point' || t.role === 'line';
  slide.addText(t.text, {
    x,
    y,
    w,
    h,
    margin: 0,
    fontFace: look.fonts.body,
    fontSize,
    bold: t.bold || undefined,
    color: hex(t.role === 'caption' ? colours.muted : colours.text),
    align: t.anchor === 'middle' ? 'center' : towardRight ? 'left' : 'right',
    valign: 'middle',
    rtlMode: look.rtl || undefined,
    lang: look.lang,
    glow: haloed ? { size: 3, opacity: 0.95, color: hex(colours.halo) } : undefined,
    objectName: t.role === 'caption' ? 'Map data caption' : `Map label: ${t.text.slice(0, 60)}`,
  });
}

/**
 * The map slide in PowerPoint: the map picture across the body (its alt text as the picture's description), every
 * label, legend entry and the data caption as text boxes at the places the SVG puts them, and the source line
 * (after the map's portion mark) under the map. A map whose extent cannot be drawn shows the same one-line notice as the HTML.
 */
export function addMapLayout(slide: PptxGenJS.Slide, s: SlideOf<'map'>, deck: Deck, look: PptxLook, pictures: MapPictures): void {
  const png = pictures.get(s.id);
  const w = CONTENT_W;
  const h = (w * MAP_FRAME.height) / MAP_FRAME.width;
  const x0 = MARGIN_X;
  const y0 = BODY_Y;
  if (!png) {
    let reason = '';
    try {
      drawMap(s.map, { theme: deck.theme, language: deck.language, direction: look.rtl ? 'rtl' : 'ltr', text: false });
    } catch (e) {
      reason = e instanceof Error ? e.message : String(e);
    }
    slide.addText(`${mapLabelsFor(deck.language).cannotDraw} ${reason}`, { x: x0, y: y0, w, h: 0.6, fontFace: look.fonts.body, fontSize: PT.body, color: look.palette.muted, rtlMode: look.rtl || undefined });
    return;
  }
  slide.addImage({ data: `image/png;base64,${png}`, x: x0, y: y0, w, h, altText: s.alt || undefined, objectName: 'Map' });
  const palette = mapPaletteFor(deck.theme);
  const drawing = drawMap(s.map, { theme: deck.theme, language: deck.language, direction: look.rtl ? 'rtl' : 'ltr', text: false });
  const scale = w / (MAP_FRAME.width * PX);
  for (const t of drawing.labels) addLabel(slide, { ...t, x: t.x * scale, y: t.y * scale, size: t.size * scale }, x0, y0, palette, look);
  const mark = s.bodyPortionMarking?.trim() ?? '';
  const source = [mark, inlineToPlainText(s.sourceLine).trim()].filter(Boolean).join(' ');
  if (source !== '') {
    slide.addText(source, { x: x0, y: y0 + h + 0.05, w, h: 0.3, margin: 0, fontFace: look.fonts.body, fontSize: PT.caption, color: look.palette.muted, align: look.rtl ? 'right' : 'left', rtlMode: look.rtl || undefined, lang: look.lang });
  }
}
