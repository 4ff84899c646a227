import type { Deck, JudgmentStand } from '../deck';
import type { SourceRef } from '../compare/comparisonTypes';
import { compareDecks } from '../compare/compareDecks';
import { lastVersion, versionDeck } from './versionSnapshot';

/** A judgment that moved since the last issued version, still without its reason (JudgmentMove less `reason`). */
export interface PendingMove {
  slideId: string;
  field: string;
  text: string;
  portionMarking?: string;
  from: JudgmentStand;
  to: JudgmentStand;
}

/** What a new version would record as changed since the last one, before the analyst gives the reasons. */
export interface PendingChanges {
  since: string;
  judgments: PendingMove[];
  sourcesAdded: SourceRef[];
  sourcesDropped: SourceRef[];
}

/** The key a reason is given under for a moved judgment: its slide id and field ("s3 judgments[1]"). */
export function moveKey(move: Pick<PendingMove, 'slideId' | 'field'>): string {
  return `${move.slideId} ${move.field}`;
}

/**
 * What changed since the last issued version, as a new version would record it (without reasons): the judgments
 * whose kind, likelihood or confidence moved and the sources added or dropped (compareDecks). Undefined for a deck
 * never issued (its first version has nothing to compare with). Throws VersionSnapshotError when the last version's
 * snapshot is not a valid deck.
 */
export function pendingChanges(deck: Deck): PendingChanges | undefined {
  const last = lastVersion(deck);
  if (!last) return undefined;
  const cmp = compareDecks(versionDeck(deck, (deck.versions ?? []).length - 1), deck);
  return {
    since: last.label,
    judgments: cmp.judgments.map((j) => ({ slideId: j.slideId, field: j.field, text: j.text, ...(j.portionMarking ? { portionMarking: j.portionMarking } : {}), from: j.from, to: j.to })),
    sourcesAdded: cmp.sources.added,
    sourcesDropped: cmp.sources.dropped,
  };
}

/** The label the next version gets unless the analyst types one: "v" and one more than the versions issued. */
export function nextVersionLabel(deck: Pick<Deck, 'versions'>): string {
  const used = new Set((deck.versions ?? []).map((v) => v.label));
  let n = (deck.versions ?? []).length + 1;
  while (used.has(`v${n}`)) n++;
  return `v${n}`;
}
