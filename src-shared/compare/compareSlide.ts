import type { Citation, JudgmentStand, Slide } from '../deck';
import { slideStatements, type Statement } from '../tradecraft/statements';
import type { CitationChange, JudgmentChange, SlideComparison, TextChange } from './comparisonTypes';
import { lcsPairs } from './longestCommon';
import { hasChanges, wordDiff } from './wordDiff';

/** "bullets[2]" -> "bullets": statements pair up only with the same kind of field. */
function family(field: string): string {
  return field.replace(/\[\d+\]$/, '');
}

function standOf(s: Statement): JudgmentStand {
  return {
    ...(s.kind !== undefined ? { kind: s.kind } : {}),
    ...(s.likelihood !== undefined ? { likelihood: s.likelihood } : {}),
    ...(s.confidence !== undefined ? { confidence: s.confidence } : {}),
  };
}

/** True when the statement is a judgment or carries the estimative words of one. */
function judgmentLike(s: Statement): boolean {
  return s.kind === 'judgment' || s.likelihood !== undefined || s.confidence !== undefined;
}

function citationKeys(citations: readonly Citation[]): Map<string, Citation> {
  return new Map(citations.map((c) => [`${c.sourceId}\u0001${[...c.paragraphs].sort((x, y) => x - y).join(',')}`, c]));
}

function citationChanges(field: string, label: string, before: readonly Citation[], after: readonly Citation[]): CitationChange[] {
  const a = citationKeys(before);
  const b = citationKeys(after);
  const out: CitationChange[] = [];
  for (const [k, c] of b) if (!a.has(k)) out.push({ field, label, change: 'added', sourceId: c.sourceId, paragraphs: [...c.paragraphs] });
  for (const [k, c] of a) if (!b.has(k)) out.push({ field, label, change: 'dropped', sourceId: c.sourceId, paragraphs: [...c.paragraphs] });
  return out;
}

/**
 * Pairs the statements of two versions of one slide: equal texts by LCS; then, between two such anchors, the
 * leftovers of the same field kind in order (a reworded bullet); the rest are added or removed.
 */
function pairStatements(a: readonly Statement[], b: readonly Statement[]): { pairs: Array<[Statement, Statement]>; added: Statement[]; removed: Statement[] } {
  const anchors = lcsPairs(a, b, (x, y) => family(x.field) === family(y.field) && x.text === y.text);
  const pairs: Array<[Statement, Statement]> = [];
  const added: Statement[] = [];
  const removed: Statement[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...anchors, [a.length, b.length] as [number, number]]) {
    const gapB = b.slice(j, bj);
    const used = new Set<number>();
    for (const s of a.slice(i, ai)) {
      const k = gapB.findIndex((t, n) => !used.has(n) && family(t.field) === family(s.field));
      if (k < 0) removed.push(s);
      else {
        used.add(k);
        pairs.push([s, gapB[k]]);
      }
    }
    gapB.forEach((t, n) => {
      if (!used.has(n)) added.push(t);
    });
    if (ai < a.length) pairs.push([a[ai], b[bj]]);
    i = ai + 1;
    j = bj + 1;
  }
  return { pairs, added, removed };
}

/**
 * What changed inside one matched slide (`before` from the older deck, `after` from the newer): each statement
 * reworded (word diff), added or removed; the speaker notes; judgments whose kind, likelihood or confidence changed;
 * citations added or dropped, per statement and on the slide. `status` is `changed` when any of those (or the
 * layout) differ; `moved` and `matchedBy` are the caller's.
 */
export function compareSlide(before: Slide, after: Slide, beforeIndex: number, afterIndex: number): Omit<SlideComparison, 'moved' | 'matchedBy'> {
  const { pairs, added, removed } = pairStatements(slideStatements(before, beforeIndex), slideStatements(after, afterIndex));
  const text: TextChange[] = [];
  const judgments: JudgmentChange[] = [];
  const citations: CitationChange[] = [];
  for (const [s, t] of pairs) {
    if (s.text !== t.text) text.push({ field: t.field, label: t.label, change: 'reworded', before: s.text, after: t.text, runs: wordDiff(s.text, t.text) });
    const from = standOf(s);
    const to = standOf(t);
    if ((judgmentLike(s) || judgmentLike(t)) && JSON.stringify(from) !== JSON.stringify(to)) {
      judgments.push({ slideId: after.id, slideTitle: after.title, field: t.field, label: t.label, text: t.text, ...(t.portionMarking?.trim() ? { portionMarking: t.portionMarking.trim() } : {}), from, to });
    }
    citations.push(...citationChanges(t.field, t.label, s.citations, t.citations));
  }
  for (const t of added) text.push({ field: t.field, label: t.label, change: 'added', before: null, after: t.text, runs: null });
  for (const s of removed) text.push({ field: s.field, label: s.label, change: 'removed', before: s.text, after: null, runs: null });
  if (before.notes !== after.notes) {
    const runs = wordDiff(before.notes, after.notes);
    if (hasChanges(runs)) text.push({ field: 'notes', label: 'speaker notes', change: before.notes === '' ? 'added' : after.notes === '' ? 'removed' : 'reworded', before: before.notes, after: after.notes, runs });
  }
  citations.push(...citationChanges('slide', 'slide', before.citations, after.citations));
  const layoutChanged = before.layout !== after.layout;
  const changed = layoutChanged || text.length > 0 || judgments.length > 0 || citations.length > 0;
  const ref = (s: Slide, index: number) => ({ index, id: s.id, layout: s.layout, title: s.title });
  return { status: changed ? 'changed' : 'same', before: ref(before, beforeIndex), after: ref(after, afterIndex), layoutChanged, text, judgments, citations };
}
