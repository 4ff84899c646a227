import { basename } from 'node:path';
import { type Deck, MAX_DECK_BYTES, parseDeck } from '../../../src-shared/deck';
import { DeckFileError, ioError } from './deckFileError';
import { type FsPort, nodeFs } from './fsPort';
import { sha256Hex } from './hash';

/** A deck read from disk. `hash` is the sha256 of the file's bytes, for conflict detection on save. */
export interface OpenedDeckFile {
  path: string;
  deck: Deck;
  hash: string;
  /** A newer file format: show it, never save over it. */
  readOnly: boolean;
  warnings: string[];
  /** The file's older format version, when it was migrated in memory. */
  migratedFrom?: number;
}

export interface OpenDeckFileOptions {
  /** Size cap in bytes; default MAX_DECK_BYTES (200 MB). */
  maxBytes?: number;
  fs?: FsPort;
}

/**
 * Opens a `.briefdeck` file. It is stat-ed first, and a file over the cap is refused before it is read
 * (docs/security.md, "a huge file"); then read, hashed and parsed with parseDeck. Never writes anything.
 * @throws DeckFileError: `too-large`; `bad-deck` (message names the file and the JSON path or line/column);
 *   `io` (missing file, permission, a folder).
 */
export async function openDeckFile(path: string, options: OpenDeckFileOptions = {}): Promise<OpenedDeckFile> {
  const fs = options.fs ?? nodeFs;
  const maxBytes = options.maxBytes ?? MAX_DECK_BYTES;
  const name = basename(path);
  let size: number;
  try {
    const st = await fs.stat(path);
    if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: st.isDirectory() ? 'EISDIR' : 'EINVAL' });
    size = st.size;
  } catch (err) {
    throw ioError(`Cannot open “${name}”`, err);
  }
  if (size > maxBytes) {
    throw new DeckFileError('too-large', `Cannot open “${name}”: it is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit for a deck file.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (err) {
    throw ioError(`Cannot open “${name}”`, err);
  }
  const parsed = parseDeck(bytes, { maxBytes });
  if (!parsed.ok) {
    throw new DeckFileError('bad-deck', `Cannot open “${name}”: ${parsed.error.message}`, { deckError: parsed.error });
  }
  return {
    path,
    deck: parsed.deck,
    hash: sha256Hex(bytes),
    readOnly: parsed.readOnly,
    warnings: parsed.warnings,
    ...(parsed.migratedFrom !== undefined ? { migratedFrom: parsed.migratedFrom } : {}),
  };
}
