import { access, readFile, stat } from 'node:fs/promises';
import { MAX_DECK_BYTES, MAX_DECK_DEPTH, serializeDeck, type Source } from '../../src-shared/deck';
import { parseJsonStrict } from '../../src-shared/deck/safeJson';
import { summarizeIssues } from '../../src-shared/deck/schemaIssues';
import { deckFromSource, isSourceShape, SOURCE_SHAPES } from '../../src-shared/generate';
import { SourceFileSchema } from '../../src-shared/sources';
import { writeOutputFile } from '../services/export/writeOutputFile';
import { CliError } from './cliError';
import { cannotRead, errnoOf } from './readFailure';

/** What `briefdeck new --source FILE --shape SHAPE --out FILE [--force]` asks for. */
export interface NewFromSourceRequest {
  source: string;
  shape: string;
  out: string;
  force: boolean;
}

/**
 * Reads and validates a source file (SourceFileSchema: `{ format: "briefdeck-source", schemaVersion: 1, source }`)
 * with the deck files' limits: at most MAX_DECK_BYTES, UTF-8, strict JSON (no duplicate or prototype keys, nesting
 * capped). Throws a CliError naming the file and its first problem with its JSON path.
 */
export async function readSourceFile(path: string): Promise<Source> {
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

/**
 * `briefdeck new --source SOURCE.json --shape SHAPE --out FILE [--force]`: a cited briefing deck generated from the
 * source and its argument map (deckFromSource; a skeleton by section when the source has no map), dated today,
 * written atomically. An unknown shape is refused with the list of shapes before anything is read; an existing
 * FILE is never replaced without `--force`.
 */
export async function newFromSourceCommand(request: NewFromSourceRequest, out: NodeJS.WritableStream, today = new Date()): Promise<number> {
  const shape = request.shape.toLowerCase();
  if (!isSourceShape(shape)) throw new CliError(`unknown shape "${request.shape}" (shapes: ${SOURCE_SHAPES.join(', ')})`, 2);
  if (!request.force && (await access(request.out).then(() => true, () => false))) throw new CliError(`${request.out} already exists (use --force to replace it)`);
  const source = await readSourceFile(request.source);
  const deck = deckFromSource(source, shape, { date: today.toISOString().slice(0, 10) });
  await writeOutputFile(request.out, serializeDeck(deck));
  const toDo = (source.arguments ?? []).length > 0 ? 'its argument map' : 'no argument map yet: a skeleton by section';
  out.write(`wrote ${request.out} (${deck.slides.length} slides, ${shape} from ${source.id}, ${toDo})\n`);
  return 0;
}
