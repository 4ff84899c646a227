import { extractAttributeComments, type Attributes } from './attributeComments';
import { restoreInline } from './markdownEscape';

/** One slide of a Markdown file before its Markdown is parsed. */
export interface RawSlide {
  /** The slide's Markdown without its `.slide` comments and notes. */
  body: string;
  /** Speaker notes: the text after the first `Note:` / `Notes:` line (reveal.js `data-separator-notes`). */
  notes: string;
  /** Attributes of the slide's `<!-- .slide: -->` comments. */
  attrs: Attributes;
}

/** A file split into its metadata and slides. */
export interface SplitMarkdown {
  /** Attributes of a `<!-- .deck: -->` comment, merged with `key: value` lines of a leading `---` front matter. */
  meta: Attributes;
  slides: RawSlide[];
}

/**
 * Slide separators, as a reveal.js deck is usually written: a line `---` between horizontal slides (the markdown
 * plugin's default `data-separator`) and a line `--` between vertical slides (the usual `data-separator-vertical`).
 * Vertical slides become ordinary following slides.
 */
const SEPARATOR = /\n---?[ \t]*\n/;
const NOTES = /^notes?:/im;
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * Splits a reveal.js Markdown file into slides. A YAML-style front matter at the very start (simple `key: value`
 * lines, as Slidev and Marp write it) and the BriefDeck `.deck` comment give the metadata. Line ends are normalised
 * to "\n" and a UTF-8 BOM is dropped first. Slides whose body and notes are both empty are skipped.
 */
export function splitMarkdownSlides(text: string): SplitMarkdown {
  let source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let meta: Attributes = {};
  const front = FRONT_MATTER.exec(source);
  if (front && isFrontMatter(front[1])) {
    meta = parseFrontMatter(front[1]);
    source = source.slice(front[0].length);
  }
  const deckComment = extractAttributeComments(source, 'deck');
  meta = { ...meta, ...deckComment.attrs };
  const slides: RawSlide[] = [];
  for (const chunk of `\n${deckComment.text}\n`.split(SEPARATOR)) {
    const { text: withoutAttrs, attrs } = extractAttributeComments(chunk, 'slide');
    const m = NOTES.exec(withoutAttrs);
    const body = (m ? withoutAttrs.slice(0, m.index) : withoutAttrs).trim();
    const notes = m ? unescapeNotes(withoutAttrs.slice(m.index + m[0].length).trim()) : '';
    if (body === '' && notes === '' && Object.keys(attrs).length === 0) continue;
    slides.push({ body, notes, attrs });
  }
  return { meta, slides };
}

/** Front matter holds `key: value` lines (and YAML comments or nested lines), never a `#` heading. */
function isFrontMatter(block: string): boolean {
  const lines = block.split('\n').filter((l) => l.trim() !== '');
  return lines.some((l) => /^[A-Za-z][\w-]*\s*:/.test(l)) && lines.every((l) => /^([A-Za-z][\w-]*\s*:|\s|-\s)/.test(l));
}

/** `title: Foo` lines -> `{ 'data-title': 'Foo' }` (quotes around a value are removed; other YAML is ignored). */
function parseFrontMatter(block: string): Attributes {
  const out: Attributes = {};
  for (const line of block.split('\n')) {
    const m = /^([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    out[`data-${m[1].toLowerCase()}`] = m[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}

/** Undoes the notes escapes of deckToMarkdown: `\---`, `\--` and `&#78;ote:` at a line start, and inertInline. */
function unescapeNotes(notes: string): string {
  return notes
    .split('\n')
    .map((line) => restoreInline(line.replace(/^(\s*)\\(-{2,3})/, '$1$2').replace(/^(\s*)&#(78|110);(otes?:)/i, (_m, lead: string, c: string, rest: string) => lead + String.fromCharCode(Number(c)) + rest)))
    .join('\n');
}
