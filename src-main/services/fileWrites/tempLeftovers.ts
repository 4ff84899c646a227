import { lstat, readdir, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Temporary files of our own atomic writes that a crash (a kill, a power cut) left behind. write-file-atomic 7 names
 * its temp file `<target>.<n>`, where `n` is the first 32 bits of a sha1 written in decimal (lib/index.js,
 * getTmpname: `readUInt32BE(0)`), so a leftover is recognised by that exact shape beside its own target, never by a
 * looser glob. A candidate is removed only when it is a regular file (not a link, not a folder), is not being written
 * by this process (the writes in flight are registered here), and has not been written to for `minAgeMs`: a temp
 * file of another BriefDeck (or CLI) saving the same deck at this moment keeps changing, while one whose writer died
 * stays as it was.
 */

/** Default quiet time before a temp file counts as abandoned (ms). Longer than any fsync of a deck takes. */
export const TEMP_LEFTOVER_MIN_AGE_MS = 60_000;

/** The temp files this process is writing right now (absolute paths), never removed as leftovers. */
const inFlight = new Set<string>();

/** Registers a temp file this process is writing; call the returned function once the write ends. */
export function markTempInFlight(tmp: string): () => void {
  const path = resolve(tmp);
  inFlight.add(path);
  return () => void inFlight.delete(path);
}

/**
 * The target name when `name` is a write-file-atomic temp name `<target>.<n>` (`n` a 32-bit unsigned integer in
 * decimal, no leading zero) whose target satisfies `isTarget`, otherwise undefined.
 */
export function tempTargetOf(name: string, isTarget: (target: string) => boolean): string | undefined {
  const m = /^(.+)\.(0|[1-9]\d{0,9})$/.exec(name);
  if (!m || Number(m[2]) > 0xffffffff) return undefined;
  return isTarget(m[1]) ? m[1] : undefined;
}

export interface RemoveLeftoversOptions {
  /** Clock, ms since the Unix epoch. */
  now?: () => number;
  /** Quiet time before a temp file counts as abandoned (ms); TEMP_LEFTOVER_MIN_AGE_MS by default. */
  minAgeMs?: number;
}

/**
 * Removes, in `dir`, our atomic-write temp files whose target name satisfies `isTarget` and that are abandoned (see
 * the module comment). Best effort: a file that cannot be examined or removed is left, and no error is thrown (a
 * cleanup never fails the save or the start it follows). Returns the paths removed.
 */
export async function removeTempLeftovers(dir: string, isTarget: (target: string) => boolean, options: RemoveLeftoversOptions = {}): Promise<string[]> {
  const now = (options.now ?? Date.now)();
  const minAgeMs = options.minAgeMs ?? TEMP_LEFTOVER_MIN_AGE_MS;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (tempTargetOf(name, isTarget) === undefined) continue;
    const path = resolve(join(dir, name));
    if (inFlight.has(path)) continue;
    try {
      const info = await lstat(path);
      if (!info.isFile() || now - info.mtimeMs < minAgeMs) continue;
      await unlink(path);
      removed.push(path);
    } catch {
      // gone meanwhile, or not ours to remove: leave it
    }
  }
  return removed;
}
