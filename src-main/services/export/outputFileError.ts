import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * Turns a file system error from writing an export to `path` into one clear sentence naming the output file, e.g.
 * "cannot write /tmp/nodir/x.pdf: the folder /tmp/nodir does not exist (ENOENT)" or "cannot write /tmp: is a folder
 * (EISDIR)", instead of the raw errno text (which names write-file-atomic's temp file, `x.pdf.2323943967`, or the rename). The returned
 * Error keeps `code` (ENOENT, EISDIR …), sets `path` to the output path and `cause` to the original, so the app's
 * failureFromError still reports it as an 'io' failure. Errors without an errno code are returned unchanged.
 */
export async function outputFileError(path: string, error: unknown): Promise<unknown> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return error;
  const target = resolve(path);
  const reason = await reasonFor(code, target);
  return Object.assign(new Error(`cannot write ${target}: ${reason} (${code})`, { cause: error }), { code, path: target });
}

async function reasonFor(code: string, target: string): Promise<string> {
  switch (code) {
    case 'ENOENT': {
      const folder = dirname(target);
      const exists = await stat(folder).then((s) => s.isDirectory(), () => false);
      return exists ? 'no such file or folder' : `the folder ${folder} does not exist`;
    }
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is exceeded';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return 'the file system refused';
  }
}
