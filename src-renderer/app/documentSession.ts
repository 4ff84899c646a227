import { newRecoveryKey, recoveryKeyForPath } from './recoveryKey';

/**
 * The recovery key of the deck that is open now (see recoveryKey.ts). Set when a deck is shown; changes when a new
 * deck is first saved (the copy under the old key is then discarded by the caller).
 */
let key: string | null = null;

export function currentRecoveryKey(): string | null {
  return key;
}

/** Start a session for a deck at `path` (null: never saved), or under a given key (a restored copy). Returns it. */
export function beginSession(path: string | null, givenKey?: string): string {
  key = givenKey ?? (path ? recoveryKeyForPath(path) : newRecoveryKey());
  return key;
}

export function endSession(): void {
  key = null;
}
