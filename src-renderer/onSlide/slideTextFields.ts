import {
  addBullet, indentBullet, outdentBullet, setBulletText, setCell, setEntry, setJudgment, setQuote, setSlideTitle, updateSlide,
  type BulletListRef,
} from '../../src-shared/commands';
import type { DeckCommand } from '../../src-shared/commands/command';
import { maxBullets } from '../../src-shared/commands/bulletList';
import type { Slide } from '../../src-shared/deck';
import { fieldKey } from '../editor/SlideFormProps';

/** A deck command with its arguments and, for typing, the merge key of its burst (`slide:<id>:<field>`). */
export interface FieldCall {
  command: DeckCommand<never>;
  args: unknown;
  mergeKey?: string;
}

/**
 * One text of a slide that can be edited on the slide itself, found from the path the preview's markup carries
 * (`data-bd-field`, src-shared/render/markup/fieldPaths.ts). `value` is the stored text (inline Markdown, as the form
 * shows it); `label` names it for screen readers ("Bullet 3", "Row 2, column 1").
 */
export interface SlideTextField {
  path: string;
  label: string;
  value: string;
  /** Enter adds a line break (quote, BLUF) rather than leaving the field. */
  multiline: boolean;
  /** Set for a bullet: its list, index and level (Enter, Tab and Shift+Tab act on the list). */
  bullet?: { list: BulletListRef; index: number; level: number; count: number };
  /** For a table cell: the paths Tab and Shift+Tab move to (null at the ends), as in PowerPoint. */
  cell?: { next: string | null; prev: string | null };
}

const INDEX = /^(0|[1-9]\d{0,4})$/;
const num = (s: string | undefined): number | null => (s !== undefined && INDEX.test(s) ? Number(s) : null);

/**
 * The field at `path` on `slide`, or null when the path does not name an existing text of this slide's layout: every
 * path the slide frame reports is checked here before anything is edited, so a forged message can edit nothing the
 * user could not click.
 */
export function slideTextField(slide: Slide, path: string): SlideTextField | null {
  if (path.length > 60) return null;
  const parts = path.split('.');
  if (path === 'title') return { path, label: 'Slide title', value: slide.title, multiline: false };
  switch (slide.layout) {
    case 'title':
    case 'section':
      return path === 'subtitle' ? { path, label: 'Subtitle', value: slide.subtitle, multiline: false } : null;
    case 'bluf': {
      if (path === 'bluf') return { path, label: 'Bottom line up front', value: slide.bluf, multiline: true };
      const i = num(parts[1]);
      if (parts.length === 3 && parts[0] === 'judgments' && parts[2] === 'text' && i !== null && i < slide.judgments.length) {
        return { path, label: `Key judgment ${i + 1}`, value: slide.judgments[i].text, multiline: false };
      }
      return null;
    }
    case 'bullets':
      return bulletField(path, 'bullets', slide.bullets, parts[0] === 'bullets' && parts.length === 3 ? parts : null, 'Bullet');
    case 'two-column': {
      const side = parts[0] === 'left' || parts[0] === 'right' ? parts[0] : null;
      if (!side) return null;
      const column = slide[side];
      const name = side === 'left' ? 'Left column' : 'Right column';
      if (parts.length === 2 && parts[1] === 'heading') return { path, label: `${name} heading`, value: column.heading, multiline: false };
      return parts.length === 4 && parts[1] === 'bullets' ? bulletField(path, side, column.bullets, [parts[1], parts[2], parts[3]], `${name} bullet`) : null;
    }
    case 'table':
      return tableField(slide, path, parts);
    case 'quote':
      if (path === 'quote') return { path, label: 'Quote', value: slide.quote, multiline: true };
      return path === 'attribution' ? { path, label: 'Attribution', value: slide.attribution, multiline: false } : null;
    case 'timeline': {
      const i = num(parts[1]);
      if (parts.length !== 3 || parts[0] !== 'entries' || i === null || i >= slide.entries.length) return null;
      if (parts[2] === 'date') return { path, label: `Date of entry ${i + 1}`, value: slide.entries[i].date, multiline: false };
      return parts[2] === 'event' ? { path, label: `Event of entry ${i + 1}`, value: slide.entries[i].event, multiline: false } : null;
    }
    default:
      return null;
  }
}

function bulletField(path: string, list: BulletListRef, bullets: readonly { text: string; level: number }[], parts: string[] | null, noun: string): SlideTextField | null {
  const i = num(parts?.[1]);
  if (!parts || parts[2] !== 'text' || i === null || i >= bullets.length) return null;
  return { path, label: `${noun} ${i + 1}`, value: bullets[i].text, multiline: false, bullet: { list, index: i, level: bullets[i].level ?? 0, count: bullets.length } };
}

function tableField(slide: Extract<Slide, { layout: 'table' }>, path: string, parts: string[]): SlideTextField | null {
  if (path === 'caption') return { path, label: 'Caption', value: slide.caption, multiline: false };
  const width = Math.max(slide.columns.length, ...slide.rows.map((r) => r.length), 0);
  // Cells in reading order: the header row, then each body row; Tab walks them.
  const order: string[] = [
    ...(slide.columns.length > 0 ? Array.from({ length: width }, (_, c) => `columns.${c}`) : []),
    ...slide.rows.flatMap((_, r) => Array.from({ length: width }, (_, c) => `rows.${r}.${c}`)),
  ];
  const at = order.indexOf(path);
  if (at < 0) return null;
  const cell = { next: order[at + 1] ?? null, prev: at > 0 ? order[at - 1] : null };
  if (parts[0] === 'columns') {
    const c = Number(parts[1]);
    return { path, label: `Header, column ${c + 1}`, value: slide.columns[c] ?? '', multiline: false, cell };
  }
  const [r, c] = [Number(parts[1]), Number(parts[2])];
  return { path, label: `Row ${r + 1}, column ${c + 1}`, value: slide.rows[r]?.[c] ?? '', multiline: false, cell };
}

const call = <A>(command: DeckCommand<A>, args: A, mergeKey?: string): FieldCall => ({ command: command as DeckCommand<never>, args, mergeKey });

/**
 * The command that sets the text of `field` on `slide` to `text`: the same command and merge key the slide editor's
 * form uses for that field, so typing on the slide and in the form is one history with the same bursts.
 */
export function setFieldTextCall(slide: Slide, field: SlideTextField, text: string): FieldCall {
  const id = slide.id;
  const parts = field.path.split('.');
  if (field.bullet) {
    const { list, index } = field.bullet;
    return call(setBulletText, { slideId: id, list, index, text }, fieldKey(id, `${list}.${index}.text`));
  }
  switch (parts[0]) {
    case 'title':
      return call(setSlideTitle, { id, title: text }, fieldKey(id, 'title'));
    case 'judgments':
      return call(setJudgment, { slideId: id, index: Number(parts[1]), patch: { text } }, fieldKey(id, `judgments.${parts[1]}.text`));
    case 'quote':
    case 'attribution':
      return call(setQuote, { slideId: id, [parts[0]]: text }, fieldKey(id, parts[0]));
    case 'columns':
      return call(setCell, { slideId: id, row: 'header', column: Number(parts[1]), text }, fieldKey(id, `cell.header.${parts[1]}`));
    case 'rows':
      return call(setCell, { slideId: id, row: Number(parts[1]), column: Number(parts[2]), text }, fieldKey(id, `cell.${parts[1]}.${parts[2]}`));
    case 'entries':
      return call(setEntry, { slideId: id, index: Number(parts[1]), patch: { [parts[2]]: text } }, fieldKey(id, `entries.${parts[1]}.${parts[2]}`));
    case 'left':
    case 'right': {
      const column = slide.layout === 'two-column' ? slide[parts[0]] : null;
      return call(updateSlide, { id, patch: { [parts[0]]: { ...column, heading: text } } }, fieldKey(id, `${parts[0]}.heading`));
    }
    default: // subtitle, bluf, caption: plain slide fields
      return call(updateSlide, { id, patch: { [field.path]: text } }, fieldKey(id, field.path));
  }
}

/** The path of bullet `index` in the same list as `field` ("bullets.3.text", "left.bullets.0.text"). */
export function bulletPath(field: SlideTextField, index: number): string {
  const list = field.bullet?.list ?? 'bullets';
  return list === 'bullets' ? `bullets.${index}.text` : `${list}.bullets.${index}.text`;
}

/**
 * Enter in a bullet, as in PowerPoint: the text after the caret (`caret`, a UTF-16 offset) moves to a new bullet
 * below at the same level. Returns the calls in order (the cut, then the new bullet) and the new bullet's path; null
 * when the list is full (500 bullets, 200 in a column), so no text is cut that could not go anywhere.
 */
export function splitBulletCalls(slide: Slide, field: SlideTextField, text: string, caret: number): { calls: FieldCall[]; next: string } | null {
  if (!field.bullet || field.bullet.count >= maxBullets(field.bullet.list)) return null;
  const { list, index, level } = field.bullet;
  const at = Math.max(0, Math.min(caret, text.length));
  const calls: FieldCall[] = [];
  if (at < text.length) calls.push(call(setBulletText, { slideId: slide.id, list, index, text: text.slice(0, at) }));
  calls.push(call(addBullet, { slideId: slide.id, list, index: index + 1, level, text: text.slice(at) }));
  return { calls, next: bulletPath(field, index + 1) };
}

/** Tab (indent) or Shift+Tab (outdent) on a bullet: the list command, which keeps the levels' rule (indentBullet.ts). */
export function indentCall(slide: Slide, field: SlideTextField, outdent: boolean): FieldCall | null {
  if (!field.bullet) return null;
  const { list, index } = field.bullet;
  return call(outdent ? outdentBullet : indentBullet, { slideId: slide.id, list, index });
}
