import { compareDecks, comparisonReport } from '../../src-shared/compare';
import type { Deck } from '../../src-shared/deck';
import { versionDeck } from '../../src-shared/versions';
import { CliError } from './cliError';
import { readDeckFile } from './deckSource';

/**
 * `briefdeck diff OLDER [NEWER] [--from LABEL] [--to LABEL] [--json]`: the older deck (or its issued version
 * `from`), the newer deck (or its version `to`; NEWER defaults to OLDER, to compare two versions of one deck).
 */
export interface DiffRequest {
  older: string;
  newer: string;
  from?: string;
  to?: string;
  json: boolean;
}

/** The deck of `path`, or its issued version `label`; CliError naming the labels it has for an unknown one. */
async function side(path: string, label: string | undefined): Promise<Deck> {
  const { deck } = await readDeckFile(path);
  if (label === undefined) return deck;
  const index = (deck.versions ?? []).findIndex((v) => v.label === label);
  if (index < 0) {
    const known = (deck.versions ?? []).map((v) => v.label).join(', ') || 'none issued';
    throw new CliError(`${path} has no version "${label}" (versions: ${known})`);
  }
  try {
    return versionDeck(deck, index);
  } catch (error) {
    throw new CliError(`${path}: ${(error as Error).message}`, 1, { cause: error });
  }
}

/**
 * Compares two decks (compareDecks) and prints the readable report (comparisonReport), or with `--json` the
 * DeckComparison object (src-shared/compare/comparisonTypes.ts: format "briefdeck-comparison", formatVersion 1).
 * Reads only; exit 0 whether or not the decks differ. A file that is not a valid deck throws CliError (exit 1).
 */
export async function diffCommand(request: DiffRequest, out: NodeJS.WritableStream): Promise<number> {
  const [older, newer] = await Promise.all([side(request.older, request.from), side(request.newer, request.to)]);
  const cmp = compareDecks(older, newer);
  out.write(request.json ? `${JSON.stringify(cmp, null, 2)}\n` : comparisonReport(cmp));
  return 0;
}
