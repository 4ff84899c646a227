import type { Layout } from '../deck';
import type { Attributes } from './attributeComments';

/** One slide of a Markdown file before its Markdown is parsed. */
export interface RawSlide {
  /** The slide's Markdown without its `.slide` comments and notes. */
  body: string;
  /** Speaker notes: the text after the first `Note:` / `Notes:` line (reveal.js `data-separator-notes`). */
  notes: string;
  /** Attributes of the slide's `<!-- .slide: -->` comments. */
  attrs: Attributes;
  /**
   * A layout another tool asked for (Slidev `layout: cover`, Marp `class: lead`): `layouts` in order of preference,
   * used when the slide's content fits one; `from` names it in the warning when none fits.
   */
  layoutHint?: { from: string; layouts: Layout[] };
}

/** The Markdown slide formats the import reads. `reveal` is also BriefDeck's own export. */
export type MarkdownDialect = 'reveal' | 'slidev' | 'marp';

/** A file split into its metadata and slides. */
export interface SplitMarkdown {
  /** Attributes of a `<!-- .deck: -->` comment, merged with `key: value` lines of a leading `---` front matter. */
  meta: Attributes;
  slides: RawSlide[];
  dialect: MarkdownDialect;
}

/**
 * reveal.js separators, as the markdown plugin's options name them (each the source of a regular expression,
 * compiled with the `m` flag). Without them a reveal.js file splits on `---` (horizontal) and `--` (vertical)
 * lines; a file with neither, but with runs of blank lines, splits as reveal.js's own examples/markdown.md is
 * configured (`data-separator="^\n\n\n"`, `data-separator-vertical="^\n\n"`).
 */
export interface SeparatorOptions {
  separator?: string;
  verticalSeparator?: string;
  /** Speaker notes start at a line this matches (default `^notes?:`, case-insensitive). */
  notesSeparator?: string;
}
