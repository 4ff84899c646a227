/** The pilcrow used before paragraph references (e.g. "¶4–5, 7"). */
export const PILCROW = '¶';

/** Sorted, de-duplicated paragraph numbers (non-integers and numbers below 1 are dropped). */
export function normalizeParagraphs(paragraphs: readonly number[]): number[] {
  return [...new Set(paragraphs.filter((n) => Number.isInteger(n) && n >= 1))].sort((a, b) => a - b);
}

/**
 * Formats paragraph numbers as a compact reference: runs of two or more consecutive paragraphs become a range
 * joined by an en dash, others are separated by ", ". `formatParagraphs([7, 4, 5]) === "¶4–5, 7"`;
 * an empty list gives "". Pass `{ pilcrow: false }` to omit the leading "¶".
 */
export function formatParagraphs(paragraphs: readonly number[], options: { pilcrow?: boolean } = {}): string {
  const list = normalizeParagraphs(paragraphs);
  if (list.length === 0) return '';
  const parts: string[] = [];
  let start = list[0];
  let prev = list[0];
  for (const n of [...list.slice(1), Number.NaN]) {
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = n;
    prev = n;
  }
  return `${options.pilcrow === false ? '' : PILCROW}${parts.join(', ')}`;
}
