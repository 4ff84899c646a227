/** One run of text on a PDF page, in PDF user space (points, origin bottom left): `y` is the baseline. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points (the text matrix's vertical scale). */
  size: number;
}

/** A page's size (points) and its text runs, as pdfjs's getTextContent gives them. */
export interface PdfPageText {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/**
 * A line of text in reading order. `flow` names the stretch of text it is in (a column, or full-width text, of one
 * page): the vertical gap to the previous line means something only within one flow.
 */
export interface PdfLine {
  text: string;
  x: number;
  y: number;
  size: number;
  page: number;
  flow: string;
}

/** Narrowest gutter, in points, between two columns. */
const MIN_GUTTER = 8;
const BIN = 2;

/**
 * The x (points) of the gutter between two columns, or undefined for a one-column page. The gutter is the widest
 * vertical strip, at least MIN_GUTTER wide, in the middle half of the page that almost no text run crosses (at most
 * 2, or a tenth of the runs: a centred running header, a page number or a full-width heading may cross it), with at
 * least 3 runs wholly on each side making up 60% of all runs. The x returned is the middle of the widest stretch of
 * that strip crossed by the fewest runs (usually none), not the strip's middle: the few crossings the strip allows
 * can be a column's one or two longest lines, which stretch it into the column, and a gutter placed there would
 * cut those lines off their column.
 */
export function findGutter(page: PdfPageText): number | undefined {
  const items = page.items;
  if (items.length < 6) return undefined;
  const bins = new Array<number>(Math.ceil(page.width / BIN) + 1).fill(0);
  for (const it of items) for (let b = Math.max(0, Math.floor(it.x / BIN)); b <= Math.min(bins.length - 1, Math.floor((it.x + it.width) / BIN)); b++) bins[b]++;
  const limit = Math.max(2, Math.floor(items.length / 10));
  let best: [number, number] | undefined;
  let start = -1;
  for (let b = Math.floor((page.width * 0.25) / BIN); b <= Math.ceil((page.width * 0.75) / BIN) + 1; b++) {
    const low = b < bins.length && bins[b] <= limit && b * BIN <= page.width * 0.75;
    if (low && start < 0) start = b;
    if (!low && start >= 0) {
      if (!best || b - start > best[1] - best[0]) best = [start, b];
      start = -1;
    }
  }
  if (!best || (best[1] - best[0]) * BIN < MIN_GUTTER) return undefined;
  const [from, to] = best;
  const fewest = Math.min(...bins.slice(from, to));
  let core: [number, number] = [from, to];
  let coreWidth = 0;
  for (let b = from, run = -1; b <= to; b++) {
    const at = b < to && bins[b] === fewest;
    if (at && run < 0) run = b;
    if (!at && run >= 0) {
      if (b - run > coreWidth) [core, coreWidth] = [[run, b], b - run];
      run = -1;
    }
  }
  const gutter = ((core[0] + core[1]) / 2) * BIN;
  const left = items.filter((it) => it.x + it.width <= gutter).length;
  const right = items.filter((it) => it.x >= gutter).length;
  return left >= 3 && right >= 3 && left + right >= items.length * 0.6 ? gutter : undefined;
}

/** Joins the runs of one line left to right, with a space where there is a visible gap between two runs. */
function lineText(runs: PdfTextItem[]): string {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  for (const r of sorted) {
    const gap = r.x - end > r.size * 0.15;
    text += text !== '' && gap && !/\s$/.test(text) && !/^\s/.test(r.str) ? ` ${r.str}` : r.str;
    end = r.x + r.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Groups runs into lines: runs whose baselines are within 0.4 of the font size are one line. Top to bottom. */
function linesOf(items: PdfTextItem[]): Omit<PdfLine, 'page' | 'flow'>[] {
  const groups: PdfTextItem[][] = [];
  for (const it of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const g = groups.find((l) => Math.abs(l[0].y - it.y) <= Math.max(l[0].size, it.size) * 0.4);
    if (g) g.push(it);
    else groups.push([it]);
  }
  return groups
    .map((g) => ({ text: lineText(g), x: Math.min(...g.map((r) => r.x)), y: g[0].y, size: Math.max(...g.map((r) => r.size)) }))
    .filter((l) => l.text !== '')
    .sort((a, b) => b.y - a.y);
}

/**
 * A page's lines in reading order. On a two-column page (findGutter) text that crosses the gutter (a full-width
 * heading, a running header) splits the page into bands; each band is read left column top to bottom, then the
 * right column. Each column of each band, and each full-width stretch, is its own `flow`.
 */
export function pageLines(page: PdfPageText, pageIndex: number): PdfLine[] {
  const items = page.items.filter((it) => it.str.trim() !== '');
  const gutter = findGutter({ ...page, items });
  if (gutter === undefined) return linesOf(items).map((l) => ({ ...l, page: pageIndex, flow: `${pageIndex}` }));
  const side = (it: PdfTextItem) => (it.x + it.width <= gutter ? 'L' : it.x >= gutter ? 'R' : 'S');
  const spanning = linesOf(items.filter((it) => side(it) === 'S'));
  const left = linesOf(items.filter((it) => side(it) === 'L'));
  const right = linesOf(items.filter((it) => side(it) === 'R'));
  const out: PdfLine[] = [];
  const emit = (lines: typeof left, flow: string) => out.push(...lines.map((l) => ({ ...l, page: pageIndex, flow })));
  let above = Infinity;
  let stretch = 0;
  [...spanning, undefined].forEach((s, band) => {
    const below = s ? s.y : -Infinity;
    const inBand = (l: (typeof left)[number]) => l.y < above && l.y >= below;
    const before = out.length;
    emit(left.filter(inBand), `${pageIndex}:${band}:L`);
    emit(right.filter(inBand), `${pageIndex}:${band}:R`);
    // Full-width lines with no column text between them are one stretch (a full-width paragraph of several lines).
    if (out.length > before) stretch++;
    if (s) emit([s], `${pageIndex}:S${stretch}`);
    above = below;
  });
  return out;
}
