import { lcsPairs } from './longestCommon';

/**
 * One run of a word-level text diff: text both sides share (`equal`), text only the newer side has (`insert`), or
 * text only the older side had (`delete`). Runs keep their whitespace, so joining the `equal` and `delete` runs gives
 * the old text back and joining `equal` and `insert` gives the new one.
 */
export interface DiffRun {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * Above this many tokens on both sides of the changed middle (after the common start and end are trimmed), the
 * middle is reported as one deletion and one insertion instead of running the quadratic LCS table (a 4000-character
 * field has about 1300 tokens; 2000 × 2000 cells is 4 M, a few milliseconds).
 */
const MAX_LCS_CELLS = 4_000_000;

/** Words and the whitespace between them, as separate tokens ("a  b" -> ["a", "  ", "b"]). */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

function push(out: DiffRun[], op: DiffRun['op'], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/**
 * A word-level diff of two texts (no diff library is in the dependencies; this is the classic longest-common-
 * subsequence (lcsPairs) over word and whitespace tokens, after trimming the common start and end, which is all a slide
 * field needs). Runs of the same kind are merged; a deletion comes before the insertion that replaces it.
 */
export function wordDiff(before: string, after: string): DiffRun[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffRun[] = [];
  push(out, 'equal', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) > MAX_LCS_CELLS) {
    push(out, 'delete', midA.join(''));
    push(out, 'insert', midB.join(''));
  } else {
    middleDiff(midA, midB, out);
  }
  push(out, 'equal', a.slice(endA).join(''));
  return out;
}

/** The changed middle from its LCS pairs: the tokens between two pairs are a deletion, then an insertion. */
function middleDiff(a: readonly string[], b: readonly string[], out: DiffRun[]): void {
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...lcsPairs(a, b, (x, y) => x === y), [a.length, b.length] as [number, number]]) {
    push(out, 'delete', a.slice(i, pi).join(''));
    push(out, 'insert', b.slice(j, pj).join(''));
    if (pi < a.length) push(out, 'equal', a[pi]);
    i = pi + 1;
    j = pj + 1;
  }
}

/** True when a diff has any insertion or deletion. */
export function hasChanges(runs: readonly DiffRun[]): boolean {
  return runs.some((r) => r.op !== 'equal');
}
