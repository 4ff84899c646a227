/**
 * Turns anything a handler throws into the contract's plain failure data, so that no Error object (or stack) crosses
 * the IPC boundary.
 */
import { ipcFailure, type IpcFailure } from '../../src-shared/ipc';
import { ServiceFailure } from '../services/ports/serviceTypes';

/** Node errno codes that mean "the file system refused" (shown to the user as an I/O error). */
const IO_CODES: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EISDIR: 'the path is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'the file already exists',
  EMFILE: 'too many open files',
  EBUSY: 'the file is busy',
  ENAMETOOLONG: 'the file name is too long',
};

/**
 * ServiceFailure -> its code; a Node file-system error -> 'io' with a readable reason and the path; an AbortError ->
 * 'cancelled'; anything else -> 'internal' with the error's message.
 */
export function failureFromError(err: unknown): IpcFailure {
  if (err instanceof ServiceFailure) return ipcFailure(err.code, err.message);
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; path?: unknown; name?: unknown; message?: unknown };
    if (typeof e.code === 'string' && e.code in IO_CODES) {
      const where = typeof e.path === 'string' ? `: ${e.path}` : '';
      return ipcFailure('io', `${IO_CODES[e.code]} (${e.code})${where}`);
    }
    if (e.name === 'AbortError') return ipcFailure('cancelled', 'cancelled');
    if (typeof e.message === 'string') return ipcFailure('internal', e.message);
  }
  return ipcFailure('internal', String(err));
}
