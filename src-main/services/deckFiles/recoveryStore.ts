import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { type Deck, parseDeck, serializeDeck } from '../../../src-shared/deck';
import type { RecoveryEntry } from '../../../src-shared/ipc';
import { writeFileAtomic } from '../fileWrites/atomicWrite';
import { removeTempLeftovers, type RemoveLeftoversOptions } from '../fileWrites/tempLeftovers';
import { DeckFileError, ioError } from './deckFileError';
import { sha256Hex } from './hash';

const SUFFIX = '.recovery.json';
/** A recovery file's name: the first 40 hex digits of the key's sha256, then SUFFIX. */
const RECOVERY_NAME = /^[0-9a-f]{40}\.recovery\.json$/;

/** One recovery file: metadata plus the deck as the exact text a save would write (read back with parseDeck). */
const RecoveryRecordSchema = z.object({
  briefdeckRecovery: z.literal(1),
  key: z.string().min(1).max(500),
  filePath: z.string().max(4096).optional(),
  title: z.string(),
  savedAt: z.number().finite(),
  deckText: z.string(),
});
type RecoveryRecord = z.infer<typeof RecoveryRecordSchema>;

export interface RecoveryStore {
  /** Writes (atomically) the recovery copy for `key` (one per open deck), never the user's file. */
  write(key: string, deck: Deck, filePath?: string): Promise<void>;
  /** Every readable copy, newest first; `newerThanFile` when the copy is newer than its file (or there is none). */
  list(): Promise<RecoveryEntry[]>;
  /** @throws DeckFileError `not-found` (no copy for `key`) or `bad-deck` (a damaged copy). */
  read(key: string): Promise<{ entry: RecoveryEntry; deck: Deck }>;
  /** Removes the copy for `key` (no error when there is none). */
  discard(key: string): Promise<void>;
  /**
   * Removes the temp files that recovery writes killed half way left in the folder (`<recovery file>.<n>` of
   * write-file-atomic, abandoned; tempLeftovers.ts), and nothing else. Runs once by itself on the first list(), which
   * the app makes at start. Returns the paths removed.
   */
  removeLeftovers(): Promise<string[]>;
}

export interface RecoveryStoreOptions {
  /** Clock, ms since the Unix epoch (tests pass a fake one). */
  now?: () => number;
  /** Quiet time before a temp file counts as abandoned (tempLeftovers.ts); the clock above is not used for it. */
  leftovers?: RemoveLeftoversOptions;
}

/**
 * Autosave recovery copies in `dir` (the app's user-data "recovery" folder, created with mode 0700). Each key maps to
 * one file named by the sha256 of the key, so keys never become paths. Copies whose text does not read back are
 * skipped by list() and reported by read().
 */
export function createRecoveryStore(dir: string, options: RecoveryStoreOptions = {}): RecoveryStore {
  const now = options.now ?? Date.now;
  const fileOf = (key: string) => join(dir, `${sha256Hex(key).slice(0, 40)}${SUFFIX}`);
  const removeLeftovers = () => removeTempLeftovers(dir, (target) => RECOVERY_NAME.test(target), options.leftovers);
  let cleaned: Promise<string[]> | undefined;

  async function readRecord(file: string): Promise<RecoveryRecord | undefined> {
    try {
      const parsed = RecoveryRecordSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      return parsed.success ? parsed.data : undefined;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || err instanceof SyntaxError) return undefined;
      throw err;
    }
  }

  async function entryOf(r: RecoveryRecord): Promise<RecoveryEntry> {
    let newerThanFile = true;
    if (r.filePath !== undefined) {
      try {
        newerThanFile = (await stat(r.filePath)).mtimeMs < r.savedAt;
      } catch {
        newerThanFile = true; // the file is gone: the copy is all there is
      }
    }
    return { key: r.key, title: r.title, savedAt: r.savedAt, newerThanFile, ...(r.filePath !== undefined ? { filePath: r.filePath } : {}) };
  }

  return {
    async write(key, deck, filePath) {
      const record: RecoveryRecord = { briefdeckRecovery: 1, key, title: deck.title, savedAt: now(), deckText: serializeDeck(deck), ...(filePath !== undefined ? { filePath } : {}) };
      try {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        await writeFileAtomic(fileOf(key), `${JSON.stringify(record)}\n`);
      } catch (err) {
        throw ioError('Cannot write the recovery copy', err);
      }
    },

    async list() {
      cleaned ??= removeLeftovers();
      await cleaned;
      let names: string[];
      try {
        names = (await readdir(dir)).filter((n) => n.endsWith(SUFFIX));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw ioError('Cannot list recovery copies', err);
      }
      const records = (await Promise.all(names.map((n) => readRecord(join(dir, n))))).filter((r): r is RecoveryRecord => r !== undefined);
      const entries = await Promise.all(records.map(entryOf));
      return entries.sort((a, b) => b.savedAt - a.savedAt);
    },

    async read(key) {
      const record = await readRecord(fileOf(key));
      if (!record || record.key !== key) throw new DeckFileError('not-found', 'There is no recovery copy for this deck.');
      const parsed = parseDeck(record.deckText);
      if (!parsed.ok) throw new DeckFileError('bad-deck', `The recovery copy of “${record.title}” is damaged: ${parsed.error.message}`, { deckError: parsed.error });
      return { entry: await entryOf(record), deck: parsed.deck };
    },

    async discard(key) {
      try {
        await unlink(fileOf(key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw ioError('Cannot discard the recovery copy', err);
      }
    },

    removeLeftovers,
  };
}
