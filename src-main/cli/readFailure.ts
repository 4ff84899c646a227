import { CliError } from './cliError';

/** How a user reads the errno of a failed read (Node fs error codes, see the Node.js "Common system errors" doc). */
const READ_REASON: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'the file name is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
};

/** The errno code of a Node fs error, or of a DeckFileError (`details.errno`); undefined for other errors. */
export function errnoOf(error: unknown): string | undefined {
  const e = error as { code?: unknown; details?: { errno?: unknown } } | undefined;
  if (typeof e?.details?.errno === 'string') return e.details.errno;
  return typeof e?.code === 'string' && /^E[A-Z]+$/.test(e.code) ? e.code : undefined;
}

/**
 * The one line every command (validate, check, export, import) gives for an input file the file system will not
 * hand over: `cannot read talk.md: no such file (ENOENT)`, naming the path as the user typed it. `errno` is the
 * Node fs error code (errnoOf). Returns a CliError with exit code 1.
 */
export function cannotRead(path: string, errno: string, cause?: unknown): CliError {
  return new CliError(`cannot read ${path}: ${READ_REASON[errno] ?? 'the file system refused'} (${errno})`, 1, { cause });
}
