import type { DeckError } from '../../../src-shared/deck';
import type { IpcFailureCode } from '../../../src-shared/ipc';
import { ServiceFailure } from '../ports/serviceTypes';

/**
 * Why a deck file operation failed:
 * - `bad-deck`: the file is not a valid deck (`deckError` has the parse error with its path or line/column);
 * - `too-large`: the file is over the size cap (refused after stat, before reading);
 * - `io`: the file system refused (`errno`: ENOENT, EACCES, ENOSPC, EROFS ...);
 * - `read-only`: the deck came from a newer file format and is never saved over;
 * - `conflict`: the file changed on disk since it was opened (`diskHash` is its current sha256);
 * - `invalid-deck`: the in-memory deck does not match the schema (a bug; nothing was written);
 * - `not-found`: no recovery copy for that key.
 */
export type DeckFileErrorReason = 'bad-deck' | 'too-large' | 'io' | 'read-only' | 'conflict' | 'invalid-deck' | 'not-found';

const IPC_CODE: Record<DeckFileErrorReason, IpcFailureCode> = {
  'bad-deck': 'bad-deck',
  'too-large': 'bad-deck',
  io: 'io',
  'read-only': 'read-only',
  conflict: 'io',
  'invalid-deck': 'internal',
  'not-found': 'not-found',
};

/**
 * A deck file error with a user-facing message (it names the file and, for a bad deck, the JSON path or position).
 * It is a ServiceFailure, so the IPC layer turns it into `{ error: { code, message } }` as is.
 */
export class DeckFileError extends ServiceFailure {
  constructor(
    readonly reason: DeckFileErrorReason,
    message: string,
    readonly details: { errno?: string; deckError?: DeckError; diskHash?: string } = {},
  ) {
    super(IPC_CODE[reason], message);
    this.name = 'DeckFileError';
  }
}

/** Node errno codes and how a user reads them. */
const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'the file or its folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EISDIR: 'the path is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EMFILE: 'too many files are open',
  EBUSY: 'the file is busy',
  ENAMETOOLONG: 'the file name is too long',
  EIO: 'the disk reported an input/output error',
};

/** Wraps a Node fs error as DeckFileError('io'): "`<what>`: the disk is full (ENOSPC).` + `tail`". */
export function ioError(what: string, err: unknown, tail = ''): DeckFileError {
  const errno = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : undefined;
  const reason = errno ? `${ERRNO_TEXT[errno] ?? 'the file system refused'} (${errno})` : String((err as Error)?.message ?? err);
  return new DeckFileError('io', `${what}: ${reason}.${tail ? ` ${tail}` : ''}`, { errno });
}
