import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { type Deck, isReadOnlyDeck, parseDeck, serializeDeck } from '../../../src-shared/deck';
import { writeFileAtomic } from '../fileWrites/atomicWrite';
import { removeTempLeftovers, type RemoveLeftoversOptions } from '../fileWrites/tempLeftovers';
import { DeckFileError, ioError } from './deckFileError';
import { sha256Hex } from './hash';

export interface SaveDeckFileOptions {
  /** sha256 of the file as it was opened (or last saved). If the file on disk now differs, the save is refused. */
  expectedHash?: string;
  /** The user confirmed overwriting a file that changed on disk. */
  overwriteChanged?: boolean;
  /** How old an abandoned temp file beside the deck must be before this save removes it (tempLeftovers.ts). */
  leftovers?: RemoveLeftoversOptions;
}

/**
 * Saves a deck to `path` atomically (writeFileAtomic, i.e. write-file-atomic: temp file, every byte written, fsync,
 * rename; mode and owner kept; a symlink stays a link and its target is written). Before writing it checks, in this order:
 * 1. the deck is not read-only (a newer file format, docs/security.md) -> DeckFileError `read-only`;
 * 2. the deck serializes and reads back with parseDeck (so a file is never written that cannot be opened again)
 *    -> `invalid-deck`;
 * 3. the file on disk still has `expectedHash` (content sha256, not mtime) unless `overwriteChanged`
 *    -> `conflict` with `details.diskHash`. A file deleted since it was opened is not a conflict.
 * Returns the sha256 of the bytes written. A failed write throws DeckFileError `io` (ENOENT folder, EACCES, ENOSPC,
 * EROFS ...) and leaves the old file byte-identical. After a successful write, the temp files that earlier saves of
 * this same deck left when they were killed are removed (removeTempLeftovers: only `<deck file>.<n>` of
 * write-file-atomic, abandoned for a minute; nothing else in the folder is touched).
 */
export async function saveDeckFile(path: string, deck: Deck, options: SaveDeckFileOptions = {}): Promise<{ hash: string }> {
  const name = basename(path);
  if (isReadOnlyDeck(deck)) {
    throw new DeckFileError('read-only', `“${name}” was made by a newer version of BriefDeck (file format ${deck.schemaVersion}); it is open read-only and is never saved over.`);
  }
  let text: string;
  try {
    text = serializeDeck(deck);
  } catch (err) {
    throw new DeckFileError('invalid-deck', `Cannot save “${name}”: ${(err as Error).message} Nothing was written.`);
  }
  const check = parseDeck(text);
  if (!check.ok) throw new DeckFileError('invalid-deck', `Cannot save “${name}”: the saved deck would not open again (${check.error.message}). Nothing was written.`);
  const bytes = Buffer.from(text, 'utf8');

  if (options.expectedHash !== undefined && !options.overwriteChanged) {
    const diskHash = await currentHash(path, name);
    if (diskHash !== undefined && diskHash !== options.expectedHash) {
      throw new DeckFileError('conflict', `“${name}” changed on disk since it was opened. Save anyway to replace it, or Save As to keep both.`, { diskHash });
    }
  }
  let written: string;
  try {
    written = await writeFileAtomic(path, bytes);
  } catch (err) {
    throw ioError(`Cannot save “${name}”`, err, 'The file on disk is unchanged; your edits are still open.');
  }
  const writtenName = basename(written);
  await removeTempLeftovers(dirname(written), (target) => target === writtenName, options.leftovers);
  return { hash: sha256Hex(bytes) };
}

/** sha256 of the file at `path` now (through symlinks), or undefined when it does not exist. */
async function currentHash(path: string, name: string): Promise<string | undefined> {
  try {
    return sha256Hex(await readFile(path)); // readFile follows symlinks
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw ioError(`Cannot save “${name}”: checking the file on disk failed`, err);
  }
}
