import { parseDeck, type Deck, type DeckVersion } from '../deck';

/**
 * The deck content a version keeps: every field but `versions` (a version never holds the versions before it), as a
 * copy that shares no object with the deck (a deck is plain JSON), so no later edit in place can reach an issued
 * version.
 */
export function deckSnapshot(deck: Deck): DeckVersion['snapshot'] {
  const { versions: _versions, ...content } = deck;
  return JSON.parse(JSON.stringify(content)) as DeckVersion['snapshot'];
}

/** Thrown by versionDeck for a version whose snapshot is not a valid deck (a hand-edited or damaged file). */
export class VersionSnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VersionSnapshotError';
  }
}

/**
 * The deck as it was when version `index` (0-based, oldest first) was issued: its snapshot, validated as a deck,
 * with the versions up to and including that one (so its "what changed" slide prints what it printed then). The
 * snapshot goes through parseDeck like any deck file, so one issued by an older format is migrated.
 * Throws RangeError for an index the deck does not have, and VersionSnapshotError naming the problem for a snapshot
 * that is not a valid deck.
 */
export function versionDeck(deck: Deck, index: number): Deck {
  const versions = deck.versions ?? [];
  const version = versions[index];
  if (!version) throw new RangeError(`the deck has no version ${index + 1} (it has ${versions.length})`);
  const candidate = { ...version.snapshot, versions: versions.slice(0, index + 1) };
  const parsed = parseDeck(JSON.stringify(candidate));
  if (!parsed.ok) throw new VersionSnapshotError(`version ${version.label} cannot be opened: ${parsed.error.message}`);
  return parsed.deck;
}

/** The newest issued version, or undefined for a deck never issued. */
export function lastVersion(deck: Pick<Deck, 'versions'>): DeckVersion | undefined {
  const versions = deck.versions ?? [];
  return versions[versions.length - 1];
}
