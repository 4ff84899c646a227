import { CLASSIFICATION_LEVELS, DeckSchema, DeckVersionSchema, ImageSchema, MarkingSchema, SCHEMA_VERSION, SourceSchema, PacingSchema, THEMES, TradecraftSettingsSchema, type Deck } from '../deck';
import type { Attributes } from './attributeComments';
import { applyFigureAttributes } from './chartMarkdown';
import { parseCitations, safeDecode } from './citationText';
import { clipToSchema } from './clipToSchema';
import { markdownBlocks } from './markdownBlocks';
import { picturesFromMarkdown, type MarkdownImage } from './pictureMarkdown';
import { chooseLayout, layoutFields, takeTitle } from './slideFromBlocks';
import { applySlideMarks } from './slideMarksFromAttributes';
import { ImportNotices } from './importNotices';
import { chooseHintedLayout } from './layoutHint';
import { splitMarkdownSlides, type MarkdownDialect, type RawSlide, type SeparatorOptions } from './splitSlides';

/** One thing the import could not carry over exactly. `slide` is the 1-based slide number in the file. */
export interface MarkdownImportWarning {
  slide?: number;
  message: string;
}

/** Options of `markdownToDeck`. `title` is used when the file has no title and no slide heading (e.g. the file name). */
export interface MarkdownImportOptions extends SeparatorOptions {
  title?: string;
}

/** Largest Markdown text accepted, in UTF-16 code units (20 M, about a 5000-slide deck). */
export const MAX_MARKDOWN_CHARS = 20_000_000;

/**
 * Reads a Markdown slide file into a valid deck: reveal.js Markdown (BriefDeck's own export, see deckToMarkdown.ts),
 * Slidev or Marp, detected from the file (splitSlides.ts, slidevSlides.ts, marpSlides.ts); `dialect` says which.
 * What is not understood is warned once per kind of thing, naming its slides. In reveal.js Markdown slides split
 * on `---` and `--` lines (or the separators in `options`); `Note:` starts speaker notes; `<!-- .slide: -->` and `<!-- .element: -->` comments give the
 * layout, id, hidden state (`data-visibility="hidden"`), fragments, citations, statement kinds, portion marks and
 * judgment fields (statementMarkdown.ts, slideMarksFromAttributes.ts); the `.deck` comment also the marking and
 * tradecraft settings and the issued versions. Without `data-layout`, the layout
 * is guessed (slideFromBlocks.ts). All text stays Markdown source: raw HTML is never parsed (markdown-it
 * `html: false`) and renders as literal text. Deck metadata comes from the `.deck` comment, a `key: value` front
 * matter; without a title there, the title slide's or else the first slide heading, then `options.title`.
 * @throws Error when the text is over MAX_MARKDOWN_CHARS, or when the result fails the deck schema.
 */
export function markdownToDeck(text: string, options: MarkdownImportOptions = {}): { deck: Deck; warnings: MarkdownImportWarning[]; dialect: MarkdownDialect } {
  if (text.length > MAX_MARKDOWN_CHARS) throw new Error(`The Markdown file is too large (${text.length} characters; the limit is ${MAX_MARKDOWN_CHARS}).`);
  const warnings: MarkdownImportWarning[] = [];
  const notices = new ImportNotices();
  const { meta, slides: raw, dialect } = splitMarkdownSlides(text, options, notices);
  if (raw.length > 5000) warnings.push({ message: `the file has ${raw.length} slides; the first 5000 were imported` });
  const ids = new Set<string>();
  const metaWarn = (message: string): void => void warnings.push({ message });
  const language = pick(meta['data-language'] ?? meta['data-lang'], (v) => /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(v), 'en', 'language', metaWarn);
  const slides = raw.slice(0, 5000).map((r, i) => {
    const warn = (message: string): void => void warnings.push({ slide: i + 1, message });
    return clipToSchema(rawSlideToInput(r, i, ids, warn, language, notices), warn, `slide ${i + 1}`) as Record<string, unknown>;
  });
  warnings.push(...notices.warnings());
  // The deck title a reader sees first: the title slide's heading, else the first slide heading in the file; the
  // file name (`options.title`) only when no slide has one.
  const headings = [slides.find((s) => s.layout === 'title'), ...slides].map((s) => s?.title).filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  const input = {
    schemaVersion: SCHEMA_VERSION,
    title: meta['data-title'] ?? headings[0] ?? options.title ?? 'Untitled deck',
    subtitle: meta['data-subtitle'] ?? '',
    author: meta['data-author'] ?? '',
    date: meta['data-date'] ?? '',
    language,
    direction: pick(meta['data-direction'] ?? meta['data-dir'], (v) => v === 'ltr' || v === 'rtl', 'ltr', 'direction', metaWarn) as 'ltr' | 'rtl',
    theme: pick(meta['data-theme'], (v) => (THEMES as readonly string[]).includes(v), THEMES[0], 'theme', metaWarn),
    classification: {
      text: meta['data-classification'] ?? 'UNCLASSIFIED',
      level: pick(meta['data-classification-level'], (v) => (CLASSIFICATION_LEVELS as readonly string[]).includes(v), 'unclassified', 'classification level', metaWarn),
    },
    sources: parseJsonArray(meta['data-sources'], (v) => SourceSchema.safeParse(v).success, 'sources', metaWarn),
    pacing: parseJsonObject(meta['data-pacing'], (v) => PacingSchema.safeParse(v).success, 'pacing', metaWarn),
    marking: parseJsonObject(meta['data-marking'], (v) => MarkingSchema.safeParse(v).success, 'marking', metaWarn),
    tradecraft: parseJsonObject(meta['data-tradecraft'], (v) => TradecraftSettingsSchema.safeParse(v).success, 'tradecraft', metaWarn),
    versions: versionsOf(meta['data-versions'], metaWarn),
    slides,
  };
  const parsed = DeckSchema.safeParse(clipToSchema(input, metaWarn));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`The imported deck is not valid at ${issue.path.join('.')}: ${issue.message}`);
  }
  return { deck: parsed.data, warnings, dialect };
}

function rawSlideToInput(r: RawSlide, index: number, ids: Set<string>, warn: (m: string) => void, language: string, notices: ImportNotices): Record<string, unknown> {
  // A picture slide's first embedded image is its picture; any other image stays text, with a warning.
  const images: MarkdownImage[] = [];
  const imageWarning = (alt: string, src: string) => warn(`image "${alt}" (${src.slice(0, 200)}) was not imported: its Markdown reference is kept as text`);
  const blocks = markdownBlocks(r.body, (alt, src) => (r.attrs['data-layout'] === 'picture' && images.length === 0 && src.startsWith('data:image/') ? void images.push({ alt, src }) : imageWarning(alt, src)));
  const sb = takeTitle(blocks);
  const layout = r.layoutHint && r.attrs['data-layout'] === undefined ? chooseHintedLayout(r.layoutHint, sb, index, notices) : chooseLayout(r.attrs['data-layout'], sb, index === 0, warn);
  const slide: Record<string, unknown> = { id: uniqueId(r.attrs['data-id'], index, ids), layout, title: sb.title, notes: r.notes, ...layoutFields(layout, sb.rest, warn, language) };
  const attrs: Attributes = r.attrs;
  picturesFromMarkdown(slide, attrs, images, warn);
  if (attrs['data-visibility'] === 'hidden') slide.hidden = true;
  if (attrs['data-portion-marking']) slide.portionMarking = attrs['data-portion-marking'];
  const citations = parseCitations(attrs['data-citations'], (bad) => warn(`citation "${bad}" is not "sourceId:paragraphs" and was skipped`));
  if (citations.length) slide.citations = citations;
  if (attrs['data-argument-ids']) slide.argumentIds = attrs['data-argument-ids'].split(',').filter(Boolean).map(safeDecode);
  if (attrs['data-background-image']) {
    const image = ImageSchema.safeParse({ src: attrs['data-background-image'], alt: attrs['data-background-alt'] ?? '', fit: attrs['data-background-size'] === 'cover' ? 'cover' : 'contain' });
    if (image.success) slide.background = image.data;
    else warn('the background image was not imported: only embedded data:image (PNG, JPEG, WebP, GIF) URLs under 2 MiB are allowed');
  }
  applySlideMarks(slide, attrs, language, warn);
  applyFigureAttributes(slide, attrs, warn);
  return slide;
}

function uniqueId(declared: string | undefined, index: number, ids: Set<string>): string {
  let id = declared && declared.length <= 100 && !ids.has(declared) ? declared : `md-${index + 1}`;
  for (let n = 2; ids.has(id); n++) id = `md-${index + 1}-${n}`;
  ids.add(id);
  return id;
}

function pick<T extends string>(value: string | undefined, ok: (v: string) => boolean, fallback: T, name: string, warn: (m: string) => void): T {
  if (value === undefined) return fallback;
  if (ok(value)) return value as T;
  warn(`the ${name} "${value.slice(0, 40)}" is not known; "${fallback}" was used`);
  return fallback;
}

function parseJson(value: string, name: string, warn: (m: string) => void): unknown {
  try {
    return JSON.parse(value);
  } catch {
    warn(`the ${name} metadata is not valid JSON and was skipped`);
    return undefined;
  }
}

function parseJsonArray(value: string | undefined, ok: (v: unknown) => boolean, name: string, warn: (m: string) => void): unknown[] {
  const data = value === undefined ? [] : parseJson(value, name, warn);
  if (!Array.isArray(data)) return [];
  const kept = data.filter(ok);
  if (kept.length < data.length) warn(`${data.length - kept.length} ${name} entries were not valid and were skipped`);
  return kept;
}

/** The issued versions of the `.deck` comment (deckToMarkdown), or undefined when it has none; bad entries are warned. */
function versionsOf(value: string | undefined, warn: (m: string) => void): unknown[] | undefined {
  if (value === undefined) return undefined;
  const versions = parseJsonArray(value, (v) => DeckVersionSchema.safeParse(v).success, 'version', warn);
  return versions.length > 0 ? versions : undefined;
}

function parseJsonObject(value: string | undefined, ok: (v: unknown) => boolean, name: string, warn: (m: string) => void): unknown {
  const data = value === undefined ? undefined : parseJson(value, name, warn);
  if (data === undefined) return undefined;
  if (ok(data)) return data;
  warn(`the ${name} metadata is not valid and was skipped`);
  return undefined;
}
