import { readFile, stat } from 'node:fs/promises';
import { MAX_DECK_BYTES, MAX_DECK_DEPTH, type Source } from '../../src-shared/deck';
import { parseJsonStrict } from '../../src-shared/deck/safeJson';
import { summarizeIssues } from '../../src-shared/deck/schemaIssues';
import { SourceFileSchema } from '../../src-shared/sources';
import { CliError } from './cliError';
import { cannotRead, errnoOf } from './readFailure';

/**
 * Reads and validates a source file (SourceFileSchema: `{ format: "briefdeck-source", schemaVersion: 1, source }`)
 * with the deck files' limits: at most MAX_DECK_BYTES, UTF-8, strict JSON (no duplicate or prototype keys, nesting
 * capped). Throws a CliError naming the file and its first problem with its JSON path.
 */
export async function readSourceJson(path: string): Promise<Source> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (info.size > MAX_DECK_BYTES) throw new CliError(`${path}: the file is larger than ${MAX_DECK_BYTES / 1024 / 1024} MB`);
    bytes = await readFile(path);
  } catch (error) {
    const errno = errnoOf(error);
    if (errno !== undefined) throw cannotRead(path, errno, error);
    throw error;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new CliError(`${path}: not UTF-8 text`, 1, { cause: error });
  }
  const json = parseJsonStrict(text.replace(/^\uFEFF/, ''), { maxDepth: MAX_DECK_DEPTH });
  if (!json.ok) throw new CliError(`${path}: ${json.error.message}`);
  const parsed = SourceFileSchema.safeParse(json.value);
  if (!parsed.success) throw new CliError(`${path}: not a source file: ${summarizeIssues(parsed.error.issues, json.value).message}`);
  return parsed.data.source;
}
