import type { Deck, DeckVersion } from '../deck';
import { moveKey, pendingChanges } from '../versions/pendingChanges';
import { deckSnapshot } from '../versions/versionSnapshot';
import { defineCommand } from './command';

/**
 * What the analyst gives when issuing a version: its label, the issue date (ISO 8601 YYYY-MM-DD), who issues it, and
 * the reason for each judgment that moved since the last version, keyed by moveKey ("slideId field").
 */
export interface IssueVersionArgs {
  label: string;
  date: string;
  author: string;
  reasons: Readonly<Record<string, string>>;
}

/** Thrown by issueVersion when the label is empty or taken, or a moved judgment has no reason. */
export class IssueVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IssueVersionError';
  }
}

/**
 * Records a version in the deck: the label, date and author, a snapshot of the deck content, and what changed since
 * the last version (pendingChanges) with the analyst's reason for each moved judgment (ICD 203 asks a recurring
 * product to explain change to its judgments). Throws IssueVersionError for an empty or already used label, or for
 * a moved judgment without a reason; the deck is unchanged then.
 */
export function issueVersion(deck: Deck, args: IssueVersionArgs): Deck {
  const label = args.label.trim();
  if (label === '') throw new IssueVersionError('a version needs a label');
  if ((deck.versions ?? []).some((v) => v.label === label)) throw new IssueVersionError(`the deck already has a version "${label}"`);
  const pending = pendingChanges(deck);
  const judgments = (pending?.judgments ?? []).map((move) => {
    const reason = (args.reasons[moveKey(move)] ?? '').trim();
    if (reason === '') throw new IssueVersionError(`give the reason "${move.text.slice(0, 60)}" moved`);
    return { ...move, reason };
  });
  const version: DeckVersion = {
    label,
    date: args.date,
    author: args.author,
    ...(pending
      ? { changes: { since: pending.since, judgments, sourcesAdded: pending.sourcesAdded.map((x) => ({ ...x })), sourcesDropped: pending.sourcesDropped.map((x) => ({ ...x })) } }
      : {}),
    snapshot: deckSnapshot(deck),
  };
  return { ...deck, versions: [...(deck.versions ?? []), version] };
}

/** The command form, for the store's undo history ("Undo Issue version"). */
export const issueVersionCommand = defineCommand<IssueVersionArgs>({ name: 'issueVersion', label: 'Issue version', perform: issueVersion });
