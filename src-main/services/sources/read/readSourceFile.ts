import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { SourceDraft, SourceFormat } from '../../../../src-shared/sources/import';
import { SOURCE_EXTENSIONS } from '../../ports/sourceReader';
import { readDocx } from './readDocx';
import { readHtml } from './readHtml';
import { readMarkdown } from './readMarkdown';
import { readPdf } from './readPdf';
import { readText } from './readText';
import { SourceReadError } from './sourceReadError';

/** Largest source file read by default, in bytes (50 MB; checked with stat before any byte is read). */
export const MAX_SOURCE_FILE_BYTES = 50 * 1024 * 1024;


const READ_REASON: Record<string, string> = { ENOENT: 'there is no such file', EISDIR: 'it is a folder', EACCES: 'permission denied', EPERM: 'permission denied', ENOTDIR: 'a part of the path is not a folder' };

function ioError(name: string, error: unknown): SourceReadError {
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  return new SourceReadError('io', `cannot read ${name}: ${READ_REASON[code] ?? 'the file system refused'}${code ? ` (${code})` : ''}: check the path and try again`, { cause: error });
}

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Refuses bytes that are not the format the extension names (the file was renamed or saved wrongly):
 * a PDF must start with `%PDF-` (ISO 32000-1 §7.5.2; up to 1024 bytes of junk before it are allowed, as viewers do),
 * a DOCX must be a zip (`PK\x03\x04`), and an HTML, text or Markdown file must not hold NUL bytes in its first
 * 8 KB (binary data: an image or program renamed .html). The text readers decode the whole file strictly after.
 */
function checkSignature(format: SourceFormat, bytes: Uint8Array, name: string): void {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024 + 5));
  if (format === 'pdf' && !head.includes('%PDF-')) throw new SourceReadError('damaged', `${name} is not a PDF (it does not start with %PDF-): check the file, or export it again as PDF`);
  if (format === 'docx' && !head.startsWith('PK\x03\x04')) throw new SourceReadError('damaged', `${name} is not a Word .docx document (it is not a zip package): open it in Word or LibreOffice and save it as .docx`);
  if ((format === 'html' || format === 'text' || format === 'markdown') && bytes.subarray(0, 8192).includes(0)) {
    throw new SourceReadError('not-text', `${name} is not text (it holds binary data): check it is the saved page or text file, not an image or program`);
  }
}

/**
 * Reads a saved article into a draft: the reader is picked by the extension (.html/.htm, .txt, .md/.markdown,
 * .docx, .pdf), the bytes are checked against it (checkSignature), then read (readHtml, readText, readMarkdown,
 * readDocx, readPdf; pdfjs is loaded on the first PDF). `options.maxBytes` (default MAX_SOURCE_FILE_BYTES) is checked
 * with stat before the file is opened. Reads only; writes nothing.
 * @throws SourceReadError with a one-line message naming the file's base name: 'unsupported' (extension),
 *   'too-large', 'io' (missing, a folder, permission), 'empty' (no bytes or no text), 'not-text', 'damaged',
 *   'encrypted', 'scanned' (see SourceReadErrorCode).
 */
export async function readSourceFile(path: string, options: { maxBytes?: number } = {}): Promise<SourceDraft> {
  const name = basename(path);
  const format = SOURCE_EXTENSIONS[extname(path).toLowerCase()];
  if (!format) throw new SourceReadError('unsupported', `${name} is not a file type BriefDeck reads: save the article as .html, .txt, .md, .docx or .pdf and import that`);
  const max = options.maxBytes ?? MAX_SOURCE_FILE_BYTES;
  const info = await stat(path).catch((error: unknown) => {
    throw ioError(name, error);
  });
  if (info.isDirectory()) throw ioError(name, Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
  if (info.size > max) throw new SourceReadError('too-large', `${name} is ${mb(info.size)}, over the ${mb(max)} limit for a source: import the article alone (e.g. print its pages to a PDF)`);
  const bytes = await readAtMost(path, max).catch((error: unknown) => {
    throw error instanceof SourceReadError ? error : ioError(name, error);
  });
  if (bytes.length === 0) throw new SourceReadError('empty', `${name} is empty (0 bytes): check it is the right file`);
  checkSignature(format, bytes, name);
  switch (format) {
    case 'html':
      return readHtml(bytes, name);
    case 'text':
      return readText(bytes, name);
    case 'markdown':
      return readMarkdown(bytes, name);
    case 'docx':
      return readDocx(bytes, name);
    case 'pdf':
      return readPdf(bytes, name);
  }
}

/** The file's bytes, read through one handle; refuses it if it grew past `max` since the stat. */
async function readAtMost(path: string, max: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    if (size > max) throw new SourceReadError('too-large', `${basename(path)} is ${mb(size)}, over the ${mb(max)} limit for a source: import the article alone`);
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}
