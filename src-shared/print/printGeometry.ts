import type { PageSize } from './paper';
import type { TextBox } from './notesPagination';

/**
 * Geometry of the printed notes and handout pages, in CSS px at the page's size (96 px = 1 in). One source for the
 * page plan (how much text fits, hence the page count) and the print CSS (where things are drawn).
 * Every page has the classification banner (28 px, as on slides) at its top and bottom edges.
 */
export const BANNER_PX = 28;
/** Side margin of notes and handout pages. */
export const PAGE_MARGIN_PX = 48;
/** Gap between the banner and the page content, top and bottom. */
export const CONTENT_GAP_PX = 20;
/** The header line of a notes or handout page (slide number and title, or deck title and page). */
export const HEADER_PX = 40;
/** Speaker notes on a notes page: 17 px (12.75 pt) text, 1.5 line height. */
export const NOTES_FONT_PX = 17;
export const NOTES_LINE_HEIGHT = 1.5;
/** Notes beside a slide on a 3-a-page handout: tried at these sizes, largest first (px). */
export const HANDOUT_NOTES_FONTS_PX = [13, 11.5, 10] as const;
export const HANDOUT_NOTES_LINE_HEIGHT = 1.4;
/** Gap between handout cells, and between a slide and its notes or lines. */
export const HANDOUT_GAP_PX = 24;

/** The content rectangle of a notes or handout page (below the header). */
export function contentBox(page: PageSize): { x: number; y: number; width: number; height: number } {
  const top = BANNER_PX + CONTENT_GAP_PX + HEADER_PX;
  return { x: PAGE_MARGIN_PX, y: top, width: page.widthPx - 2 * PAGE_MARGIN_PX, height: page.heightPx - top - BANNER_PX - CONTENT_GAP_PX };
}

/** The text box of a notes page (a small safety margin below, so rounding never pushes a line out). */
export function notesTextBox(page: PageSize): TextBox {
  const box = contentBox(page);
  return { widthPx: box.width, heightPx: box.height - 8, fontPx: NOTES_FONT_PX, lineHeight: NOTES_LINE_HEIGHT };
}

/** Gap between the slide and its notes on a portrait notes page. */
export const NOTES_SLIDE_GAP_PX = 24;

/**
 * A portrait notes page (A4 or Letter), as PowerPoint's notes page: the slide across the content width at the top
 * (16:9, framed), its notes in the box below. Continuation pages use the full `notesTextBox`.
 */
export function notesSlideBoxes(page: PageSize): { slide: { x: number; y: number; width: number; height: number }; text: TextBox & { x: number; y: number } } {
  const box = contentBox(page);
  const width = box.width;
  const height = (width * 9) / 16;
  const textTop = box.y + height + NOTES_SLIDE_GAP_PX;
  const text = { widthPx: box.width, heightPx: box.y + box.height - textTop - 8, fontPx: NOTES_FONT_PX, lineHeight: NOTES_LINE_HEIGHT };
  return { slide: { x: box.x, y: box.y, width, height }, text: { ...text, x: box.x, y: textTop } };
}

/** Columns and rows of a handout page with `perPage` slides. */
export function handoutGrid(perPage: 1 | 2 | 3 | 4 | 6, orientation: 'landscape' | 'portrait'): { cols: number; rows: number } {
  const portrait: Record<number, [number, number]> = { 1: [1, 1], 2: [1, 2], 3: [1, 3], 4: [2, 2], 6: [2, 3] };
  const landscape: Record<number, [number, number]> = { 1: [1, 1], 2: [2, 1], 3: [1, 3], 4: [2, 2], 6: [3, 2] };
  const [cols, rows] = (orientation === 'portrait' ? portrait : landscape)[perPage];
  return { cols, rows };
}

/** One handout cell: where the slide goes (px, page coordinates), its scale from 1280×720, and the side panel. */
export interface HandoutCellBox {
  x: number;
  y: number;
  slideWidth: number;
  slideHeight: number;
  scale: number;
  /** The notes or lines panel beside the slide, as tall as the row (3-a-page handouts only). */
  side?: { x: number; y: number; width: number; height: number };
}

/** The cells of a handout page, in reading order (rows first). */
export function handoutCells(page: PageSize, perPage: 1 | 2 | 3 | 4 | 6): HandoutCellBox[] {
  const box = contentBox(page);
  const { cols, rows } = handoutGrid(perPage, page.orientation);
  const cellW = (box.width - (cols - 1) * HANDOUT_GAP_PX) / cols;
  const cellH = (box.height - (rows - 1) * HANDOUT_GAP_PX) / rows;
  const withSide = perPage === 3;
  const maxW = withSide ? (cellW - HANDOUT_GAP_PX) * 0.55 : cellW;
  const slideWidth = Math.min(maxW, (cellH * 16) / 9);
  const slideHeight = (slideWidth * 9) / 16;
  const cells: HandoutCellBox[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cx = box.x + c * (cellW + HANDOUT_GAP_PX);
      const cy = box.y + r * (cellH + HANDOUT_GAP_PX);
      const x = withSide ? cx : cx + (cellW - slideWidth) / 2;
      const cell: HandoutCellBox = { x, y: cy, slideWidth, slideHeight, scale: slideWidth / 1280 };
      if (withSide) cell.side = { x: cx + slideWidth + HANDOUT_GAP_PX, y: cy, width: cellW - slideWidth - HANDOUT_GAP_PX, height: cellH };
      cells.push(cell);
    }
  }
  return cells;
}

/** The text box of the notes beside a slide on a 3-a-page handout, at a font size. */
export function handoutNotesBox(cell: HandoutCellBox, fontPx: number): TextBox {
  const side = cell.side ?? { width: 0, height: 0 };
  // One line is kept free for "(continued on the next page)".
  return { widthPx: side.width, heightPx: side.height - 4 - fontPx * HANDOUT_NOTES_LINE_HEIGHT, fontPx, lineHeight: HANDOUT_NOTES_LINE_HEIGHT };
}
