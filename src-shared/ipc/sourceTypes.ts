/**
 * Shapes of the source import and the per-user source library as they cross IPC (plain data): the library's listing
 * and the request schemas' building blocks. The source file itself is `SourceFileSchema` (sources/import/sourceFile.ts).
 */
import { z } from 'zod';
import { SourceSchema } from '../deck';
import { SourceFileSchema, sourceFileOf } from '../sources/import/sourceFile';

/** The id of a library source, also its file name (`<id>.json`): lower-case letters, digits and hyphens, as in SourceFileSchema. */
export const LibrarySourceIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'source id must be lower-case letters, digits and hyphens');

/**
 * A deck source that may go into the library: a deck `Source` that, wrapped as a source file, passes
 * `SourceFileSchema` (paragraphs numbered 1..N, each in a listed section, an id safe as a file name).
 */
export const LibrarySourceSchema = SourceSchema.superRefine((source, ctx) => {
  const checked = SourceFileSchema.safeParse(sourceFileOf(source));
  if (checked.success) return;
  for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.slice(1) as (string | number)[] });
});

/**
 * One entry of the source library's listing. A file that does not read back as a source file is listed with
 * `damaged` (why, one line), its id from the file name, and empty fields; it is never overwritten.
 */
export interface LibraryEntry {
  id: string;
  title: string;
  authors: string[];
  /** ISO 8601 date or ''. */
  date: string;
  paragraphCount: number;
  /** True when the source carries an argument map (at least one argument). */
  hasMap: boolean;
  damaged?: string;
}
