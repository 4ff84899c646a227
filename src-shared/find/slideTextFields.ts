import type { Slide } from '../deck';

/** Longest inline text (InlineText) and long text (notes, quotes: LongText) the deck schema takes, in characters. */
const INLINE_MAX = 4000;
const LONG_MAX = 100_000;

/** One searchable text field of a slide. */
export interface SlideTextField {
  /** The editor's `data-field` for the field's input, e.g. "title", "bullets[2]", "rows[1][3]", "notes". */
  field: string;
  /** Where the text sits in the slide object, e.g. ["bullets", 2, "text"]. */
  path: readonly (string | number)[];
  /** The field in words, for the find bar: "Title", "Bullet 3", "Row 2, column 4", "Speaker notes". */
  label: string;
  text: string;
  /** The schema's length limit for this field, in characters. */
  max: number;
}

/**
 * Every text a user writes on a slide, in the editor's reading order: title; then the layout's text (subtitle,
 * BLUF and key judgments, bullets, column headings and bullets, table header, cells and caption, timeline dates
 * and events, quote and attribution); last the speaker notes. Figures' alt text and source lines, portion marks
 * and citations are not searched. Pure.
 */
export function slideTextFields(slide: Slide): SlideTextField[] {
  const out: SlideTextField[] = [];
  const add = (field: string, path: (string | number)[], label: string, text: string, max = INLINE_MAX) => out.push({ field, path, label, text, max });
  add('title', ['title'], 'Title', slide.title);
  switch (slide.layout) {
    case 'title':
    case 'section':
      add('subtitle', ['subtitle'], 'Subtitle', slide.subtitle);
      break;
    case 'bluf':
      add('bluf', ['bluf'], 'Bottom line', slide.bluf);
      slide.judgments.forEach((j, i) => add(`judgments[${i}]`, ['judgments', i, 'text'], `Key judgment ${i + 1}`, j.text));
      break;
    case 'bullets':
      slide.bullets.forEach((b, i) => add(`bullets[${i}]`, ['bullets', i, 'text'], `Bullet ${i + 1}`, b.text));
      break;
    case 'two-column':
      for (const [side, name] of [['left', 'Left'], ['right', 'Right']] as const) {
        add(`${side}.heading`, [side, 'heading'], `${name} column heading`, slide[side].heading);
        slide[side].bullets.forEach((b, i) => add(`${side}.bullets[${i}]`, [side, 'bullets', i, 'text'], `${name} column bullet ${i + 1}`, b.text));
      }
      break;
    case 'table':
      slide.columns.forEach((c, i) => add(`columns[${i}]`, ['columns', i], `Header, column ${i + 1}`, c));
      slide.rows.forEach((row, r) => row.forEach((cell, c) => add(c === 0 ? `rows[${r}]` : `rows[${r}][${c}]`, ['rows', r, c], `Row ${r + 1}, column ${c + 1}`, cell)));
      add('caption', ['caption'], 'Caption', slide.caption);
      break;
    case 'timeline':
      slide.entries.forEach((e, i) => {
        add(`entries[${i}].date`, ['entries', i, 'date'], `Date of entry ${i + 1}`, e.date, 100);
        add(`entries[${i}]`, ['entries', i, 'event'], `Event of entry ${i + 1}`, e.event);
      });
      break;
    case 'quote':
      add('quote', ['quote'], 'Quote', slide.quote, LONG_MAX);
      add('attribution', ['attribution'], 'Attribution', slide.attribution);
      break;
    case 'sources':
    case 'chart':
    case 'picture':
    case 'map':
      break;
  }
  add('notes', ['notes'], 'Speaker notes', slide.notes, LONG_MAX);
  return out;
}

/** A copy of `slide` with the text at `path` (a SlideTextField's path) replaced; the input is never changed. */
export function withFieldText(slide: Slide, path: readonly (string | number)[], text: string): Slide {
  const set = (node: unknown, i: number): unknown => {
    const key = path[i];
    if (i === path.length) return text;
    if (Array.isArray(node) && typeof key === 'number') return node.map((v, j) => (j === key ? set(v, i + 1) : v));
    if (node && typeof node === 'object' && typeof key === 'string') return { ...(node as Record<string, unknown>), [key]: set((node as Record<string, unknown>)[key], i + 1) };
    return node;
  };
  return set(slide, 0) as Slide;
}
