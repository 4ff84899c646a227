import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { type FsPort, nodeFs } from './fsPort';

/** Largest number of symlinks followed before giving up (Linux's MAXSYMLINKS is 40). */
const MAX_LINK_HOPS = 40;

/**
 * The file a path really names: symlinks are followed (relative link targets resolve against the link's folder),
 * so a save writes to the link's target and the link stays a link. A path that does not exist is returned as is.
 * Throws an ELOOP error after 40 hops.
 */
export async function resolveLinkTarget(path: string, fs: FsPort = nodeFs): Promise<string> {
  let p = resolve(path);
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    let st;
    try {
      st = await fs.lstat(p);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return p;
      throw err;
    }
    if (!st.isSymbolicLink()) return p;
    p = resolve(dirname(p), await fs.readlink(p));
  }
  throw Object.assign(new Error(`too many symbolic links: ${path}`), { code: 'ELOOP', path });
}

/**
 * Writes `data` to `path` atomically (the pattern of write-file-atomic, with every fs call injectable for tests):
 * a temp file in the same folder (created exclusively), written, fsynced and closed, then renamed over the target,
 * then the folder fsynced (best effort). An existing file keeps its mode (and owner, when running as root);
 * a symlink stays a link (its target is written). On any failure the temp file is removed and the error is
 * rethrown: the old file is untouched, byte for byte. Returns the path actually written.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string, fs: FsPort = nodeFs): Promise<string> {
  const target = await resolveLinkTarget(path, fs);
  let existing: { mode: number; uid: number; gid: number } | undefined;
  try {
    const st = await fs.stat(target);
    if (st.isDirectory()) throw Object.assign(new Error(`is a folder: ${target}`), { code: 'EISDIR', path: target });
    existing = { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: Awaited<ReturnType<FsPort['open']>> | undefined;
  let tmpExists = false;
  try {
    handle = await fs.open(tmp, 'wx', existing?.mode ?? 0o666);
    tmpExists = true;
    if (existing) {
      await handle.chmod(existing.mode); // the umask may have narrowed the mode given to open
      if (process.getuid?.() === 0 && (existing.uid !== 0 || existing.gid !== 0)) await handle.chown(existing.uid, existing.gid).catch(() => undefined);
    }
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, target);
    tmpExists = false;
  } catch (err) {
    await handle?.close().catch(() => undefined);
    if (tmpExists) await fs.unlink(tmp).catch(() => undefined);
    throw err;
  }
  await syncFolder(dirname(target), fs);
  return target;
}

/** fsync a folder so the rename itself is durable (not supported on every platform: errors are ignored). */
async function syncFolder(dir: string, fs: FsPort): Promise<void> {
  try {
    const h = await fs.open(dir, 'r');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    // Windows and some file systems refuse to open or fsync a folder; the data itself is already fsynced.
  }
}
