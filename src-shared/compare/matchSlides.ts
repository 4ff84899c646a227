import type { Slide } from '../deck';
import { slideStatements } from '../tradecraft/statements';

/** A pair of matched slides by index (`a` in the older deck, `b` in the newer) and how they were matched. */
export interface SlidePair {
  a: number;
  b: number;
  by: 'id' | 'content';
}

/** Largest number of leftover slide pairs scored for likeness (a rebuilt deck of 1000 slides: 1 M word-set scores). */
const MAX_SCORED_PAIRS = 1_000_000;
/** Least share of shared words (Jaccard) for two leftover slides of the same layout to count as one slide reworded. */
const MIN_LIKENESS = 0.5;

/** Joins the parts of a matching key; no slide text holds it. */
const FIELD_SEPARATOR = '\u0001';

function normalized(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The slide's text for matching: layout, title and every statement's text, whitespace and case folded. */
function fingerprint(slide: Slide): string {
  return [slide.layout, ...slideStatements(slide, 0).map((s) => normalized(s.text))].join(FIELD_SEPARATOR);
}

function wordSet(slide: Slide): Set<string> {
  return new Set(fingerprint(slide).replaceAll(FIELD_SEPARATOR, ' ').split(/\s+/).filter(Boolean));
}

function likeness(x: Set<string>, y: Set<string>): number {
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 1 : shared / union;
}

/**
 * Matches the slides of two decks: first by id; then, among the slides left, by identical text (layout, title and
 * statements, case and spacing folded), in order; then by equal title and layout; then by the most shared words
 * (at least half, same layout), greedily from the best score. The last step is skipped when more than
 * MAX_SCORED_PAIRS pairs are left. Returns the pairs sorted by `a`.
 */
export function matchSlides(a: readonly Slide[], b: readonly Slide[]): SlidePair[] {
  const pairs: SlidePair[] = [];
  const bById = new Map(b.map((s, j) => [s.id, j]));
  const takenB = new Set<number>();
  const leftA: number[] = [];
  a.forEach((s, i) => {
    const j = bById.get(s.id);
    if (j !== undefined && !takenB.has(j)) {
      pairs.push({ a: i, b: j, by: 'id' });
      takenB.add(j);
    } else leftA.push(i);
  });
  let restA = leftA;
  let restB = b.map((_, j) => j).filter((j) => !takenB.has(j));
  for (const key of [fingerprint, (s: Slide) => `${s.layout}${FIELD_SEPARATOR}${normalized(s.title)}`]) {
    const byKey = new Map<string, number[]>();
    for (const j of restB) {
      const k = key(b[j]);
      if (k.endsWith(FIELD_SEPARATOR)) continue;
      byKey.set(k, [...(byKey.get(k) ?? []), j]);
    }
    const stillA: number[] = [];
    for (const i of restA) {
      const queue = byKey.get(key(a[i]));
      const j = queue?.shift();
      if (j === undefined) stillA.push(i);
      else {
        pairs.push({ a: i, b: j, by: 'content' });
        takenB.add(j);
      }
    }
    restA = stillA;
    restB = restB.filter((j) => !takenB.has(j));
  }
  if (restA.length > 0 && restB.length > 0 && restA.length * restB.length <= MAX_SCORED_PAIRS) {
    const wordsB = new Map(restB.map((j) => [j, wordSet(b[j])]));
    const scored: Array<{ i: number; j: number; score: number }> = [];
    for (const i of restA) {
      const words = wordSet(a[i]);
      for (const j of restB) {
        if (a[i].layout !== b[j].layout) continue;
        const score = likeness(words, wordsB.get(j)!);
        if (score >= MIN_LIKENESS) scored.push({ i, j, score });
      }
    }
    scored.sort((x, y) => y.score - x.score || x.i - y.i);
    const usedA = new Set<number>();
    for (const { i, j } of scored) {
      if (usedA.has(i) || takenB.has(j)) continue;
      usedA.add(i);
      takenB.add(j);
      pairs.push({ a: i, b: j, by: 'content' });
    }
  }
  return pairs.sort((x, y) => x.a - y.a);
}
