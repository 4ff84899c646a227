/**
 * A source reader for plain-text files (.txt): UTF-8 text whose paragraphs are separated by blank lines. It serves
 * the `SourceReader` port (ports/sourceReader.ts) until the readers of every format are composed in; other
 * extensions are refused as 'unsupported'. Nothing in the file is interpreted as markup or run.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { SourceBlock, SourceDraft } from '../../../src-shared/sources/import';
import type { SourceReadErrorCode, SourceReadOptions } from '../ports/sourceReader';

/** Default size cap of a text source, in bytes (a long report as text is well under 5 MB). */
export const TEXT_SOURCE_MAX_BYTES = 20 * 1024 * 1024;

/** Longest first line (characters) taken as the document's title when it stands alone and does not end a sentence. */
const LONGEST_TITLE = 200;

/** The refusal of a text read: `code` from the port's list, one-line `message` naming the file. */
export class TextSourceReadError extends Error {
  constructor(
    readonly code: SourceReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SourceReadError';
  }
}

/**
 * Reads a .txt file: the bytes must be UTF-8 (a BOM is dropped) without NUL bytes, at most `maxBytes`. Blocks are the
 * runs of non-blank lines, each joined into one line. A first block that is one short line not ending a sentence
 * is the title: it becomes a level-1 heading and `metadata.title` (so the numbering rule does not count it).
 * Other metadata is left empty for the user to fill in.
 * @throws TextSourceReadError 'unsupported' (not .txt), 'too-large', 'not-text', 'empty' or 'io'.
 */
export async function readTextSource(path: string, options: SourceReadOptions = {}): Promise<SourceDraft> {
  const name = basename(path);
  if (extname(path).toLowerCase() !== '.txt') {
    throw new TextSourceReadError('unsupported', `${name}: this build reads sources from plain-text files (.txt) only`);
  }
  const maxBytes = options.maxBytes ?? TEXT_SOURCE_MAX_BYTES;
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new TextSourceReadError('io', `${name} is not a file`);
    if (info.size > maxBytes) throw new TextSourceReadError('too-large', `${name} is ${megabytes(info.size)}; the limit is ${megabytes(maxBytes)}`);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof TextSourceReadError) throw err;
    throw new TextSourceReadError('io', `cannot read ${name} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (bytes.length > maxBytes) throw new TextSourceReadError('too-large', `${name} is ${megabytes(bytes.length)}; the limit is ${megabytes(maxBytes)}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new TextSourceReadError('not-text', `${name} is not UTF-8 text`);
  }
  if (text.includes('\0')) throw new TextSourceReadError('not-text', `${name} holds binary data (NUL bytes), not text`);
  const runs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\f\v\u00a0]*\n/)
    .map((run) => run.replace(/\s+/g, ' ').trim())
    .filter((run) => run !== '');
  if (runs.length === 0) throw new TextSourceReadError('empty', `${name} has no text`);
  const blocks: SourceBlock[] = runs.map((run) => ({ kind: 'paragraph', text: run }));
  let title = '';
  const firstLine = text.replace(/^\uFEFF/, '').trimStart().split(/\r?\n/)[0].trim();
  if (runs.length > 1 && firstLine === runs[0] && runs[0].length <= LONGEST_TITLE && !/[.!?…:;]$/.test(runs[0])) {
    title = runs[0];
    blocks[0] = { kind: 'heading', text: runs[0], level: 1 };
  }
  return { format: 'text', fileName: name, metadata: { title, authors: [], publisher: '', date: '', url: '' }, blocks, warnings: [] };
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
