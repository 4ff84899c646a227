/**
 * What a format reader (HTML, text, Markdown, DOCX, PDF: `src-main/services/sources/read`) gives the pure core: the
 * document's metadata and its text as a flat list of blocks in reading order, before any paragraph is numbered.
 * The numbering rule (`numberParagraphs`) decides which blocks are citable body paragraphs.
 */

/**
 * The kind of a block, as the reader could tell it from the file's structure:
 * - `heading`: a section heading (`level` 1..6); it starts a section and is never numbered;
 * - `paragraph`: running text; numbered when it is in the body;
 * - `list-item`, `quote`: running text in a list or block quote; numbered like paragraphs;
 * - `caption`: a figure or table caption, image credit or pull quote; never numbered;
 * - `navigation`: menus, share buttons, bread crumbs, tags; never numbered;
 * - `note`: an author note, footnote or endnote, or "About the author"; never numbered;
 * - `end`: a marker that the body is over (comments, related articles, the notes section); nothing after it is numbered.
 */
export type SourceBlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'caption' | 'navigation' | 'note' | 'end';

/** One block of a document's text. `text` has its whitespace collapsed to single spaces and trimmed. */
export interface SourceBlock {
  kind: SourceBlockKind;
  text: string;
  /** Heading level, 1..6, for `heading` blocks. */
  level?: number;
}

/** The file formats BriefDeck reads sources from. */
export const SOURCE_FORMATS = ['html', 'text', 'markdown', 'docx', 'pdf'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/**
 * Bibliographic fields read from the file's metadata where present (HTML `<meta>` and JSON-LD, DOCX core
 * properties, PDF info dictionary, a Markdown front matter); empty strings and an empty list where absent. The user
 * corrects them before accepting. `date` is ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) or ''.
 */
export interface SourceMetadata {
  title: string;
  authors: string[];
  publisher: string;
  date: string;
  url: string;
}

/** A file read into blocks: its format, metadata, blocks in reading order, and what the reader could not keep. */
export interface SourceDraft {
  format: SourceFormat;
  /** The file's base name, for messages and the source's default title. */
  fileName: string;
  metadata: SourceMetadata;
  blocks: SourceBlock[];
  /** One line each: what was dropped or guessed (e.g. "12 images dropped: a source is cited by its text"). */
  warnings: string[];
}
