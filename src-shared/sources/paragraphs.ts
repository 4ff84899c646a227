/** The pilcrow used before paragraph references (e.g. "¶4–5, 7"). */
export const PILCROW = '¶';

/** Sorted, de-duplicated paragraph numbers (non-integers and numbers below 1 are dropped). */
export function normalizeParagraphs(paragraphs: readonly number[]): number[] {
  return [...new Set(paragraphs.filter((n) => Number.isInteger(n) && n >= 1))].sort((a, b) => a - b);
}

/**
 * Formats paragraph numbers as a compact reference: sorted and de-duplicated (`normalizeParagraphs`), runs of at
 * least `shortestRange` consecutive paragraphs (default 2) joined by an en dash, the rest separated by ", ".
 * `formatParagraphs([7, 4, 5]) === "¶4–5, 7"`; with `{ shortestRange: 3 }` (the slide markers and endnotes,
 * `render/endnotes.ts`) it gives "¶4, 5, 7". An empty list gives "". Pass `{ pilcrow: false }` to omit the "¶".
 */
export function formatParagraphs(paragraphs: readonly number[], options: { pilcrow?: boolean; shortestRange?: number } = {}): string {
  const list = normalizeParagraphs(paragraphs);
  if (list.length === 0) return '';
  const shortestRange = options.shortestRange ?? 2;
  const parts: string[] = [];
  let start = list[0];
  let prev = list[0];
  for (const n of [...list.slice(1), Number.NaN]) {
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    if (prev - start + 1 >= shortestRange) parts.push(`${start}–${prev}`);
    else for (let k = start; k <= prev; k++) parts.push(String(k));
    start = n;
    prev = n;
  }
  return `${options.pilcrow === false ? '' : PILCROW}${parts.join(', ')}`;
}
