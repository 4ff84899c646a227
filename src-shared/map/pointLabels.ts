/**
 * Where the labels of a map's points go. A label sits at its point's end side (right in a left-to-right deck) unless
 * that would cover another label, another point's dot or the legend, or leave the frame; then the other side, then
 * above, then below; when every place is taken it keeps the first. Points are placed in the order the slide lists
 * them, so the analyst's first points keep the usual place. Boxes are estimates from the label's character count
 * (the same estimate the legend is sized with), in frame px.
 */

/** A box in frame px. */
export interface LabelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A point to label: its projected position and its text. */
export interface PointToLabel {
  x: number;
  y: number;
  text: string;
}

/** A placed label: its anchor (x at the anchor, y at the baseline) and its text anchor, as an SVG `<text>` takes them. */
export interface PlacedPointLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** Gap between a dot's centre and its label, px. */
const GAP = 9;
/** Half the side of the box a dot (r 5, a 2 px halo) keeps free, px. */
const DOT = 7;

/**
 * The box of a label at anchor (x, y) with the given width and size: `start` runs toward the line's end (rightward
 * in LTR, leftward in RTL), `end` the other way, `middle` centred. The box spans the size above the baseline and a
 * quarter of it below (descenders).
 */
export function labelBox(x: number, y: number, anchor: PlacedPointLabel['anchor'], width: number, size: number, rtl: boolean): LabelBox {
  const towardRight = (anchor === 'start') !== rtl;
  const x0 = anchor === 'middle' ? x - width / 2 : towardRight ? x : x - width;
  return { x0, y0: y - size, x1: x0 + width, y1: y + size * 0.25 };
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Places the labels of `points` (see the module comment) in a frame of `frame` px, keeping clear of `taken` boxes
 * (the legend) and of every point's dot. `widthOf(text)` is a label's width in px at `size` px. Returns one
 * placement per point, in order.
 */
export function placePointLabels(
  points: readonly PointToLabel[],
  options: { size: number; rtl: boolean; frame: { width: number; height: number }; taken: readonly LabelBox[]; widthOf: (text: string) => number },
): PlacedPointLabel[] {
  const { size, rtl, frame } = options;
  const occupied: LabelBox[] = [...options.taken, ...points.map((p) => ({ x0: p.x - DOT, y0: p.y - DOT, x1: p.x + DOT, y1: p.y + DOT }))];
  const inFrame = (b: LabelBox) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= frame.width && b.y1 <= frame.height;
  return points.map((p) => {
    const width = options.widthOf(p.text);
    const endSide = rtl ? p.x - GAP : p.x + GAP;
    const otherSide = rtl ? p.x + GAP : p.x - GAP;
    const candidates: PlacedPointLabel[] = [
      { x: endSide, y: Math.round(p.y + 6), anchor: 'start' },
      { x: otherSide, y: Math.round(p.y + 6), anchor: 'end' },
      { x: p.x, y: Math.round(p.y - GAP - 2), anchor: 'middle' },
      { x: p.x, y: Math.round(p.y + GAP + size), anchor: 'middle' },
    ];
    const own = (c: PlacedPointLabel) => labelBox(c.x, c.y, c.anchor, width, size, rtl);
    const dotOf = (b: LabelBox) => b.x0 === p.x - DOT && b.y0 === p.y - DOT;
    const free = candidates.find((c) => {
      const box = own(c);
      return inFrame(box) && !occupied.some((o) => !dotOf(o) && overlaps(box, o));
    });
    const chosen = free ?? candidates[0];
    occupied.push(own(chosen));
    return chosen;
  });
}
