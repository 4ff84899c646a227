import type { Paper, PdfLayout } from './printOptions';

/**
 * A printed page: its CSS `@page` size, and its size in CSS px (96 px = 1 in) and PDF points (72 pt = 1 in).
 * 16:9 is the slide's own size, 1280 × 720 px = 13.333 × 7.5 in = 960 × 540 pt (reveal.js width/height).
 * A4 is 297 × 210 mm (ISO 216); US Letter 11 × 8.5 in (ANSI A).
 */
export interface PageSize {
  cssSize: string;
  widthPx: number;
  heightPx: number;
  widthPt: number;
  heightPt: number;
  orientation: 'landscape' | 'portrait';
}

const MM = 96 / 25.4;
const LANDSCAPE: Record<Paper, { w: number; h: number; w_css: string; h_css: string }> = {
  '16:9': { w: 1280, h: 720, w_css: '1280px', h_css: '720px' },
  a4: { w: 297 * MM, h: 210 * MM, w_css: '297mm', h_css: '210mm' },
  letter: { w: 11 * 96, h: 8.5 * 96, w_css: '11in', h_css: '8.5in' },
};

/**
 * Page orientation of a layout on a paper: handouts and notes pages on A4/Letter are portrait (as PowerPoint prints
 * notes pages), everything else landscape; on 16:9 paper every page is the slide's own landscape size.
 */
export function orientationOf(paper: Paper, layout: PdfLayout): 'landscape' | 'portrait' {
  return layout !== 'slides' && paper !== '16:9' ? 'portrait' : 'landscape';
}

/** The page size of `layout` printed on `paper`. */
export function pageSizeOf(paper: Paper, layout: PdfLayout): PageSize {
  const p = LANDSCAPE[paper];
  const orientation = orientationOf(paper, layout);
  const [w, h, wc, hc] = orientation === 'landscape' ? [p.w, p.h, p.w_css, p.h_css] : [p.h, p.w, p.h_css, p.w_css];
  return { cssSize: `${wc} ${hc}`, widthPx: w, heightPx: h, widthPt: (w * 72) / 96, heightPt: (h * 72) / 96, orientation };
}
