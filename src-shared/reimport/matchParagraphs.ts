import type { Source, SourceTextParagraph } from '../deck';
import { normalizeParagraphText, paragraphHash } from '../sources/import/paragraphHash';

/** Two paragraphs of different text are the same paragraph, changed, when their similarity is at least this. */
export const PARAGRAPH_SIMILARITY_THRESHOLD = 0.6;

/**
 * Where an old paragraph went in a re-imported source: `same` (same text, same number), `moved` (same text, a new
 * number), `changed` (different text, similar enough: see paragraphSimilarity; its number may differ too) or
 * `vanished` (nothing left like it: `next` is null). `similarity` is 1 for same or moved, the measure for changed,
 * and for vanished the best measure any unmatched new paragraph reached (below the threshold; 0 if none).
 */
export interface ParagraphMatch {
  old: number;
  next: number | null;
  status: 'same' | 'moved' | 'changed' | 'vanished';
  similarity: number;
}

/** Word bigrams of a text (lower case, letters and digits of any script), counted; a one-word text gives its word. */
function bigrams(text: string): Map<string, number> {
  const words = normalizeParagraphText(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams = words.length < 2 ? words : words.slice(1).map((w, i) => `${words[i]} ${w}`);
  const counts = new Map<string, number>();
  for (const g of grams) counts.set(g, (counts.get(g) ?? 0) + 1);
  return counts;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const n of a.values()) sizeA += n;
  for (const [g, n] of b) {
    sizeB += n;
    shared += Math.min(n, a.get(g) ?? 0);
  }
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
}

/**
 * The similarity of two paragraph texts: the Sørensen–Dice coefficient of their word bigrams (2·|A∩B| / (|A|+|B|),
 * bigrams counted with repeats), from 0 (no word pair in common) to 1 (the same word pairs). Words are runs of
 * letters and digits after normalizeParagraphText, lower-cased, so punctuation and spacing do not count; a one-word
 * paragraph is compared by its word.
 */
export function paragraphSimilarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

const hashOf = (p: SourceTextParagraph) => p.hash ?? paragraphHash(p.text);

/**
 * Matches each paragraph of the deck's copy of a source (`old`) to one of the re-imported source (`next`), one to
 * one: first by paragraph hash (the same normalized text: a paragraph that kept its number first, then the nearest
 * number among equal texts), then the remaining ones by paragraphSimilarity >= PARAGRAPH_SIMILARITY_THRESHOLD, best
 * pairs first (ties: the nearer number, then the earlier old paragraph). A source without paragraph text gives []. Sorted by old number. Pure.
 */
export function matchParagraphs(old: Pick<Source, 'paragraphs'>, next: Pick<Source, 'paragraphs'>): ParagraphMatch[] {
  const olds = old.paragraphs ?? [];
  const nexts = next.paragraphs ?? [];
  const taken = new Set<number>();
  const out = new Map<number, ParagraphMatch>();
  const byHash = new Map<string, SourceTextParagraph[]>();
  for (const p of nexts) byHash.set(hashOf(p), [...(byHash.get(hashOf(p)) ?? []), p]);
  // Unchanged paragraphs that kept their number first, so a repeated text never takes another's place.
  for (const exact of [true, false]) {
    for (const p of olds) {
      if (out.has(p.n)) continue;
      const candidates = (byHash.get(hashOf(p)) ?? []).filter((q) => !taken.has(q.n) && (!exact || q.n === p.n)).sort((a, b) => Math.abs(a.n - p.n) - Math.abs(b.n - p.n));
      if (candidates.length === 0) continue;
      taken.add(candidates[0].n);
      out.set(p.n, { old: p.n, next: candidates[0].n, status: candidates[0].n === p.n ? 'same' : 'moved', similarity: 1 });
    }
  }
  const restOld = olds.filter((p) => !out.has(p.n));
  const restNext = nexts.filter((q) => !taken.has(q.n)).map((q) => ({ n: q.n, grams: bigrams(q.text) }));
  const best = new Map<number, number>();
  const pairs: { o: number; q: number; sim: number }[] = [];
  for (const p of restOld) {
    const grams = bigrams(p.text);
    for (const q of restNext) {
      const sim = dice(grams, q.grams);
      best.set(p.n, Math.max(best.get(p.n) ?? 0, sim));
      if (sim >= PARAGRAPH_SIMILARITY_THRESHOLD) pairs.push({ o: p.n, q: q.n, sim });
    }
  }
  pairs.sort((a, b) => b.sim - a.sim || Math.abs(a.o - a.q) - Math.abs(b.o - b.q) || a.o - b.o);
  for (const { o, q, sim } of pairs) {
    if (out.has(o) || taken.has(q)) continue;
    taken.add(q);
    out.set(o, { old: o, next: q, status: 'changed', similarity: sim });
  }
  for (const p of restOld) if (!out.has(p.n)) out.set(p.n, { old: p.n, next: null, status: 'vanished', similarity: best.get(p.n) ?? 0 });
  return [...out.values()].sort((a, b) => a.old - b.old);
}
