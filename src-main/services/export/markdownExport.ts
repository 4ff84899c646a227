import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Deck } from '../../../src-shared/deck';
import { decodeUtf8Strict } from '../../../src-shared/deck/utf8';
import { deckToMarkdown, type MarkdownExportOptions } from '../../../src-shared/markdown/deckToMarkdown';
import { markdownToDeck, type MarkdownImportWarning } from '../../../src-shared/markdown/markdownToDeck';
import type { MarkdownDialect, SeparatorOptions } from '../../../src-shared/markdown/splitSlides';

/** Largest Markdown file `importMarkdownFile` reads, in bytes (checked with stat before reading). */
export const MAX_MARKDOWN_FILE_BYTES = 20 * 1024 * 1024;

/**
 * A deck as a reveal.js Markdown file: UTF-8 bytes without a BOM, "\n" line ends (see src-shared/markdown/
 * deckToMarkdown.ts for the dialect). `audience: true` leaves out speaker notes and hidden slides. The caller writes
 * the bytes (atomically, e.g. writeOutputFile).
 */
export function exportMarkdown(deck: Deck, options: MarkdownExportOptions = {}): Uint8Array {
  return new TextEncoder().encode(deckToMarkdown(deck, options));
}

/**
 * Reads a Markdown slide file (reveal.js, Slidev or Marp: see markdownToDeck) from disk and converts it to a deck;
 * `separators` as a reveal.js deck configures them; the file name without its
 * extension is the deck title when the file has no title and no slide heading. A UTF-8 BOM is dropped. Nothing in the file is executed:
 * raw HTML stays text.
 * @throws Error when the file is over MAX_MARKDOWN_FILE_BYTES (before reading), is not valid UTF-8 (with the byte
 *   offset of the first bad byte), cannot be read, or does not make a valid deck.
 */
export async function importMarkdownFile(path: string, separators: SeparatorOptions = {}): Promise<{ deck: Deck; warnings: MarkdownImportWarning[]; dialect: MarkdownDialect }> {
  const size = (await stat(path)).size;
  if (size > MAX_MARKDOWN_FILE_BYTES) throw new Error(`${path} is ${size} bytes; Markdown imports are limited to ${MAX_MARKDOWN_FILE_BYTES} bytes.`);
  const decoded = decodeUtf8Strict(await readFile(path));
  if (!decoded.ok) throw new Error(`${path} is not UTF-8 text (first bad byte at offset ${decoded.offset}).`);
  const text = decoded.text;
  return markdownToDeck(text, { ...separators, title: basename(path, extname(path)) });
}
