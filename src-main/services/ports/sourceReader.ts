/**
 * The source-reader port: what `source:read` calls to turn a file into a `SourceDraft` (blocks in reading order and
 * the metadata the file carries). The format readers (HTML, text, Markdown, DOCX, PDF) implement it as
 * `readSourceFile(path, options)` (`sources/read/readSourceFile.ts`). A reader reports a file it cannot read by throwing an error whose `code` is one of
 * `SOURCE_READ_ERROR_CODES`, with a one-line `message`.
 */
import type { SourceDraft, SourceFormat } from '../../../src-shared/sources/import';

/** Why a file could not be read as a source. */
export const SOURCE_READ_ERROR_CODES = ['too-large', 'not-text', 'unsupported', 'encrypted', 'scanned', 'empty', 'damaged', 'io'] as const;
export type SourceReadErrorCode = (typeof SOURCE_READ_ERROR_CODES)[number];

/** Options of a read. */
export interface SourceReadOptions {
  /** Largest file read, in bytes; a larger one fails with 'too-large'. */
  maxBytes?: number;
}

/** Reads the file at `path` (absolute) into a draft; throws a source-read error (see `isSourceReadError`). Never writes. */
export type SourceReader = (path: string, options?: SourceReadOptions) => Promise<SourceDraft>;

/** True when `err` is a reader's refusal: an Error whose `code` is one of `SOURCE_READ_ERROR_CODES`. */
export function isSourceReadError(err: unknown): err is Error & { code: SourceReadErrorCode } {
  return err instanceof Error && (SOURCE_READ_ERROR_CODES as readonly string[]).includes(String((err as { code?: unknown }).code));
}

/** The format each source file extension names (lower-case, with the dot): the one list the readers dispatch on. */
export const SOURCE_EXTENSIONS: Readonly<Record<string, SourceFormat>> = { '.html': 'html', '.htm': 'html', '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown', '.docx': 'docx', '.pdf': 'pdf' };

/** The extensions a source may have (SOURCE_EXTENSIONS' keys): the open dialog's filter and the check of a given path. */
export const SOURCE_FILE_EXTENSIONS: readonly string[] = Object.keys(SOURCE_EXTENSIONS);
