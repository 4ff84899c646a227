/**
 * Text fitting by estimate. PowerPoint applies a text box's "shrink text on overflow" (`<a:normAutofit/>`) only
 * once the text is edited (pptxgenjs docs, `fit: 'shrink'`), so a dense slide would open overflowing. The exporter
 * therefore picks smaller point sizes itself, from an estimate of wrapped lines: an average glyph is taken as
 * 0.48 em wide (Noto Sans, mixed English text, measured on LibreOffice's rendering), a line as 1.36 em tall (Noto
 * Sans ascent + descent).
 */

/** One paragraph to fit: its plain text, point size, left indent (in) and space before it (pt). */
export interface FitItem {
  text: string;
  pt: number;
  indentIn?: number;
  spaceBeforePt?: number;
}

const GLYPH_EM = 0.48;
const LINE_EM = 1.36;

/** Estimated wrapped lines of `text` at `pt` points in a column `widthIn` inches wide ("\n" starts a new line). */
export function estimateLines(text: string, widthIn: number, pt: number): number {
  const perLine = Math.max(8, Math.floor((widthIn * 72) / (pt * GLYPH_EM)));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** Estimated height in inches of the paragraphs at `scale` × their point sizes in a box `widthIn` wide. */
export function estimateHeight(items: readonly FitItem[], widthIn: number, scale = 1): number {
  return items.reduce((h, item) => {
    const pt = item.pt * scale;
    const lines = estimateLines(item.text, widthIn - (item.indentIn ?? 0), pt);
    return h + (lines * pt * LINE_EM + (item.spaceBeforePt ?? 0) * scale) / 72;
  }, 0);
}

/**
 * The largest scale (1, 0.95, 0.9 … down to `min`) at which the paragraphs are estimated to fit in a box of
 * `widthIn` × `heightIn` inches. Returns `min` when even that does not fit (the box's shrink-on-overflow remains).
 */
export function fitScale(items: readonly FitItem[], widthIn: number, heightIn: number, min = 0.5): number {
  for (let scale = 1; scale > min; scale = Math.round((scale - 0.05) * 100) / 100) {
    if (estimateHeight(items, widthIn, scale) <= heightIn) return scale;
  }
  return min;
}
