import type { SourceBlock, SourceDraft } from '../../../../src-shared/sources/import';
import { decodeUtf8Strict } from '../../../../src-shared/deck/utf8';
import { SourceReadError } from './sourceReadError';

/** Longest line, in characters, that the heading rule takes for a heading. */
export const LONGEST_TEXT_HEADING = 80;

/**
 * A plain-text file's bytes as text: strict UTF-8 (a leading BOM dropped), line ends made "\n".
 * @throws SourceReadError 'not-text' for invalid UTF-8 or a NUL byte (binary data, or UTF-16 text).
 */
export function decodeText(bytes: Uint8Array, fileName: string, what = 'UTF-8 text'): string {
  const decoded = decodeUtf8Strict(bytes);
  const nul = bytes.indexOf(0);
  if (!decoded.ok || nul >= 0) {
    const at = decoded.ok ? nul : decoded.offset;
    throw new SourceReadError('not-text', `${fileName} is not ${what} (byte ${at} is not a character): save it as UTF-8 text and import it again`);
  }
  return decoded.text.replace(/\r\n?/g, '\n');
}

const hasLetters = (line: string) => /\p{L}/u.test(line);
const isAllCaps = (line: string) => hasLetters(line) && line === line.toUpperCase() && line !== line.toLowerCase();
/** Title Case: the first word and every word of four or more letters start with a capital ("Water Rights in the Delta"). */
const isTitleCase = (line: string) => {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.every((w, i) => !(i === 0 || w.replace(/[^\p{L}]/gu, '').length >= 4) || /^[^\p{L}]*\p{Lu}/u.test(w));
};

/**
 * The text-file heading rule: a chunk (text between blank lines) is a heading when it is one line of at most
 * LONGEST_TEXT_HEADING characters, does not end in punctuation (. , ; : ! ? … or a closing quote), is followed by
 * a blank line and more text, and is in ALL CAPS (level 1) or Title Case (level 2). A byline ("By …") is not a
 * heading, whatever its case: it is left to the numbering rule (too short). Anything else is a paragraph; a wrong
 * guess is fixed in the review.
 */
export function textHeadingLevel(chunk: string, isLast: boolean): number | undefined {
  if (isLast || chunk.includes('\n') || chunk.length > LONGEST_TEXT_HEADING || /[.,;:!?…"”’»]$/.test(chunk) || /^by\s/i.test(chunk)) return undefined;
  if (isAllCaps(chunk)) return 1;
  return isTitleCase(chunk) ? 2 : undefined;
}

/**
 * Reads a plain-text file: paragraphs are the chunks between blank lines (their lines joined with spaces), a
 * chunk may be a heading (textHeadingLevel). A first chunk that is a heading is the title in the metadata (the
 * numbering rule then does not make it a section).
 * @throws SourceReadError 'not-text' (decodeText), 'empty' when there is no text.
 */
export function readText(bytes: Uint8Array, fileName: string): SourceDraft {
  const chunks = decodeText(bytes, fileName)
    .split(/\n[ \t\f\v\u00a0]*\n/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  if (chunks.length === 0) throw new SourceReadError('empty', `${fileName} has no text: check it is the right file`);
  const blocks: SourceBlock[] = chunks.map((chunk, i) => {
    const level = textHeadingLevel(chunk, i === chunks.length - 1);
    const text = chunk.replace(/\s+/g, ' ');
    return level === undefined ? { kind: 'paragraph', text } : { kind: 'heading', text, level };
  });
  const title = blocks[0].kind === 'heading' ? blocks[0].text : '';
  return { format: 'text', fileName, metadata: { title, authors: [], publisher: '', date: '', url: '' }, blocks, warnings: [] };
}
