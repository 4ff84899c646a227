import { chmod, lstat, open, readlink } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import writeFileAtomicLib from 'write-file-atomic';
import { markTempInFlight } from './tempLeftovers';

/** Largest number of symlinks followed before giving up (Linux's MAXSYMLINKS is 40). */
const MAX_LINK_HOPS = 40;

/**
 * Writes `data` (a string is UTF-8) to `path` atomically, for deck saves, recovery copies, the recent-files list and
 * exports. write-file-atomic 7 does the work: a temp file beside the target (`<name>.<hash>`), the existing file's
 * mode and owner copied to it, fsync, rename over the target, and the temp file removed on any failure, so the old
 * file stays byte-identical. Two things are added around it:
 * - the bytes are written with FileHandle.writeFile from its `tmpfileCreated` hook, because write-file-atomic makes one
 *   `fs.write` call and ignores a short count: on a nearly full disk it renames a truncated file over the old one
 *   (seen on tmpfs; coder/xum#4282). writeFile loops until every byte is written or throws (ENOSPC);
 * - a symlink whose target does not exist yet is followed too (write-file-atomic's realpath fails there and it would
 *   replace the link with a file), and the folder is fsynced after the rename (best effort).
 * A symlink stays a link; its target is written. Returns the path actually written.
 * @throws the file system's error (ENOENT folder, EACCES, ENOSPC, EROFS, EISDIR, ELOOP ...), with the old file untouched.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<string> {
  const target = await resolveLinkTarget(path);
  // A fresh options object each call: write-file-atomic stores the existing file's mode and owner in it.
  // The temp file is registered while it exists, so a leftover cleanup in this process never takes it for one.
  let done: (() => void) | undefined;
  try {
    await writeFileAtomicLib(target, '', {
      tmpfileCreated: (tmp) => {
        done = markTempInFlight(tmp);
        return writeWhole(tmp, data);
      },
    });
  } finally {
    done?.();
  }
  await syncFolder(dirname(target));
  return target;
}

/**
 * Writes all of `data` into the empty temp file write-file-atomic created. The temp file has the kept mode, which may
 * deny the owner writing (a 0444 deck): it is then made 0600 for the write, and write-file-atomic sets the kept mode
 * again before the rename.
 */
async function writeWhole(tmp: string, data: Uint8Array | string): Promise<void> {
  const handle = await open(tmp, 'r+').catch(async (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EACCES') throw err;
    await chmod(tmp, 0o600);
    return open(tmp, 'r+');
  });
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

/**
 * The file a path really names: symlinks are followed (relative link targets resolve against the link's folder),
 * including a link whose target does not exist yet. A path that does not exist is returned as is (made absolute).
 * Throws an ELOOP error after 40 hops.
 */
async function resolveLinkTarget(path: string): Promise<string> {
  let p = resolve(path);
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    let isLink: boolean;
    try {
      isLink = (await lstat(p)).isSymbolicLink();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return p;
      throw err;
    }
    if (!isLink) return p;
    p = resolve(dirname(p), await readlink(p));
  }
  throw Object.assign(new Error(`too many symbolic links: ${path}`), { code: 'ELOOP', path });
}

/** fsync a folder so the rename itself is durable (not supported on every platform: errors are ignored). */
async function syncFolder(dir: string): Promise<void> {
  try {
    const h = await open(dir, 'r');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    // Windows and some file systems refuse to open or fsync a folder; the data itself is already fsynced.
  }
}
