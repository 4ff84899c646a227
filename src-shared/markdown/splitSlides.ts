import { extractAttributeComments, type Attributes } from './attributeComments';
import { looksLikeFrontMatter, parseFrontMatter, type FrontMatter } from './frontMatter';
import type { ImportNotices } from './importNotices';
import { restoreInline } from './markdownEscape';
import { marpSlides } from './marpSlides';
import { noteBodyLeftovers } from './bodyLeftovers';
import type { MarkdownDialect, RawSlide, SeparatorOptions, SplitMarkdown } from './rawSlide';
import { splitOnRegExps } from './slideSeparators';
import { slidevSlides } from './slidevSlides';

export type { MarkdownDialect, RawSlide, SeparatorOptions, SplitMarkdown } from './rawSlide';

const SEPARATOR = /\n---?[ \t]*\n/;
const SEPARATOR_LINE = /^---?[ \t]*$/m;
const BLANK_LINES = /\n(?:[ \t]*\n){2,}/;
const NOTES = /^notes?:/im;
/** Front matter keys that are deck metadata (the `.deck` comment's names without `data-`). */
const FRONT_MATTER_META = new Set(['title', 'subtitle', 'author', 'date', 'language', 'lang', 'direction', 'dir', 'theme', 'classification', 'classification-level']);
/** reveal-md's front matter names for the markdown plugin's separators. */
const REVEAL_MD_SEPARATORS: Record<string, keyof SeparatorOptions> = { separator: 'separator', verticalSeparator: 'verticalSeparator', notesSeparator: 'notesSeparator' };
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const SLIDEV_KEYS = /^(layout|transition|class|drawings|mdc|highlighter|info|background|colorSchema|routerMode|fonts|canvasWidth|aspectRatio|themeConfig|download|exportFilename|lineNumbers|monaco|selectable|record|presenter|addons|hideInToc|level|clicks|src|hide|disabled|seoMeta|htmlAttrs|defaults)$/;
const MARP_KEYS = /^(marp|paginate|headingDivider|header|footer|size|math|backgroundColor|backgroundImage|_class)$/;
/** reveal.js's own slide attributes that set how a slide looks or moves, which a BriefDeck deck does not hold. */
const REVEAL_PRESENTATION = /^(data-background(?!-(image|size|alt|portion-marking)$).*|data-transition.*|data-auto-animate.*|data-state|data-autoslide|data-timing|data-menu-title|class|style|id)$/;

/**
 * Detects the dialect: front matter with `marp: true` (or only Marp's own directives) is Marp; front matter or a
 * per-slide block with Slidev's keys (layout, transition, drawings, mdc…), or a `<v-clicks>` line, is Slidev; anything
 * else is reveal.js.
 */
export function detectDialect(source: string, front: FrontMatter | undefined): MarkdownDialect {
  if (front) {
    const keys = Object.keys(front);
    if (/^true$/i.test(front.marp ?? '') || (keys.some((k) => MARP_KEYS.test(k)) && !keys.some((k) => SLIDEV_KEYS.test(k)))) return 'marp';
    if (keys.some((k) => SLIDEV_KEYS.test(k))) return 'slidev';
  }
  if (/\n---[ \t]*\nlayout:[^\n]*\n(?:[A-Za-z][\w-]*:[^\n]*\n)*---[ \t]*\n/.test(`\n${source}`)) return 'slidev';
  if (/^[ \t]*<v-clicks?\b[^>]*>[ \t]*$/m.test(source)) return 'slidev';
  if (/<!--\s*_?(class|paginate|header|footer|backgroundColor):/.test(source) && !/<!--\s*\.(slide|element)/.test(source)) return 'marp';
  return 'reveal';
}

/**
 * Splits a Markdown slide file into slides, in the dialect it is written in (see detectDialect): reveal.js
 * (separators as configured, `Note:` notes, `.slide` / `.element` attribute comments, `data-notes`), Slidev (YAML
 * headmatter, per-slide front matter, notes in the slide's last comment) or Marp (front matter and comment
 * directives, every other comment a note). BriefDeck's `.deck` comment and a leading front matter give the metadata.
 * Line ends are normalised to "\n" and a UTF-8 BOM is dropped first. Slides whose body and notes are both empty are
 * skipped. What is not understood is reported to `notices`, one notice per kind of thing.
 * @throws Error when a separator option is not a valid regular expression.
 */
export function splitMarkdownSlides(text: string, options: SeparatorOptions = {}, notices?: ImportNotices): SplitMarkdown {
  let source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let front: FrontMatter | undefined;
  const m = FRONT_MATTER.exec(source);
  if (m && looksLikeFrontMatter(m[1])) {
    front = parseFrontMatter(m[1]);
    source = source.slice(m[0].length);
  }
  const dialect = options.separator || options.verticalSeparator ? 'reveal' : detectDialect(source, front);
  const sink = notices ?? { note: () => {} };
  if (dialect === 'slidev') return { dialect, ...slidevSlides(source, front ?? {}, sink) };
  if (dialect === 'marp') return { dialect, ...marpSlides(source, front ?? {}, sink) };
  return { dialect, ...revealSlides(source, front, options, sink) };
}

function revealSlides(source: string, front: FrontMatter | undefined, given: SeparatorOptions, notices: Pick<ImportNotices, 'note'>): Omit<SplitMarkdown, 'dialect'> {
  let meta: Attributes = {};
  const options = { ...given };
  const unused: string[] = [];
  for (const [k, v] of Object.entries(front ?? {})) {
    // reveal-md writes the plugin's separators in its front matter; options given to the import win.
    const separator = REVEAL_MD_SEPARATORS[k];
    if (separator) options[separator] ??= v;
    else if (FRONT_MATTER_META.has(k.toLowerCase())) meta[`data-${k.toLowerCase()}`] = v;
    else unused.push(`"${k}"`);
  }
  if (unused.length) notices.note('front-matter', `the front matter ${unused.length > 1 ? 'keys' : 'key'} ${unused.join(', ')} ${unused.length > 1 ? 'are' : 'is'} not used by BriefDeck and ${unused.length > 1 ? 'were' : 'was'} not imported`);
  const deckComment = extractAttributeComments(source, 'deck');
  meta = { ...meta, ...deckComment.attrs };
  const padded = `\n${deckComment.text}\n`;
  let chunks: string[];
  if (options.separator || options.verticalSeparator) {
    const seps = [{ name: 'separator', source: options.separator ?? '^\r?\n---\r?\n$' }];
    if (options.verticalSeparator) seps.push({ name: 'vertical separator', source: options.verticalSeparator });
    chunks = splitOnRegExps(padded, seps);
  } else if (!SEPARATOR_LINE.test(deckComment.text) && BLANK_LINES.test(deckComment.text.trim())) chunks = padded.split(BLANK_LINES);
  else chunks = padded.split(SEPARATOR);
  const notesRe = options.notesSeparator ? new RegExp(options.notesSeparator, 'im') : NOTES;
  const slides: RawSlide[] = [];
  for (const chunk of chunks) {
    const { text: withoutAttrs, attrs } = extractAttributeComments(chunk, 'slide');
    const n = notesRe.exec(withoutAttrs);
    const body = (n ? withoutAttrs.slice(0, n.index) : withoutAttrs).trim();
    let notes = n ? unescapeNotes(withoutAttrs.slice(n.index + n[0].length).trim()) : '';
    if (body === '' && notes === '' && Object.keys(attrs).length === 0) continue;
    const number = slides.length + 1;
    if (attrs['data-notes']) {
      notes = [attrs['data-notes'], notes].filter(Boolean).join('\n\n');
      delete attrs['data-notes'];
    }
    for (const key of Object.keys(attrs).filter((k) => REVEAL_PRESENTATION.test(k))) notices.note(`reveal-attr:${key}`, `the reveal.js slide attribute ${key} is not kept (BriefDeck themes set how slides look)`, number);
    noteBodyLeftovers(body, number, notices);
    slides.push({ body, notes, attrs });
  }
  return { meta, slides };
}

/** Undoes the notes escapes of deckToMarkdown: `\---`, `\--` and `&#78;ote:` at a line start, and inertInline. */
function unescapeNotes(notes: string): string {
  return notes
    .split('\n')
    .map((line) => restoreInline(line.replace(/^(\s*)\\(-{2,3})/, '$1$2').replace(/^(\s*)&#(78|110);(otes?:)/i, (_m, lead: string, c: string, rest: string) => lead + String.fromCharCode(Number(c)) + rest)))
    .join('\n');
}
