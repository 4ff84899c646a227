/**
 * The share of the table's width each of `width` columns takes (fractions summing to 1), from a table slide's
 * `columnWidths` (relative numbers, usually percent). Null when the slide sets no widths or not one per column
 * (then each export sizes the columns by their text). Pure.
 */
export function columnShares(columnWidths: readonly number[] | undefined, width: number): number[] | null {
  if (!columnWidths || width === 0 || columnWidths.length < width) return null;
  const used = columnWidths.slice(0, width);
  const total = used.reduce((a, b) => a + b, 0);
  return total > 0 ? used.map((w) => w / total) : null;
}

/** Even widths in whole percent for `width` columns (the last takes the rounding), e.g. 3 -> [33, 33, 34]. */
export function evenColumnWidths(width: number): number[] {
  const each = Math.floor(100 / Math.max(1, width));
  return Array.from({ length: width }, (_, i) => (i === width - 1 ? 100 - each * (width - 1) : each));
}
