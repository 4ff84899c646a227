import type { Layout } from '../deck';
import type { Attributes } from './attributeComments';
import { looksLikeFrontMatter, parseFrontMatter, type FrontMatter } from './frontMatter';
import type { ImportNotices } from './importNotices';
import { htmlComments, splitOutsideFences } from './slideSeparators';
import { noteBodyLeftovers } from './bodyLeftovers';
import type { RawSlide } from './rawSlide';

/**
 * Slidev layouts (sli.dev, built-in layouts) and the BriefDeck layouts that show the same thing, in order of
 * preference; a layout missing here has no equivalent and the content decides.
 */
const SLIDEV_LAYOUTS: Record<string, Layout[]> = {
  cover: ['title', 'section'],
  intro: ['title', 'section'],
  section: ['section'],
  center: ['section'],
  statement: ['section'],
  fact: ['section'],
  end: ['section'],
  quote: ['quote'],
  'two-cols': ['two-column'],
  'two-cols-header': ['two-column'],
  default: [],
};

/** Headmatter keys that are deck metadata here; `theme` is checked against BriefDeck's themes. */
const DECK_KEYS: Record<string, string> = { title: 'data-title', author: 'data-author', theme: 'data-theme', lang: 'data-language', date: 'data-date' };

/**
 * Reads a Slidev file (after its headmatter): slides split on `---` lines outside code; a slide that starts with
 * a `key: value` block closed by another `---` has that block as its front matter. `layout` maps through
 * SLIDEV_LAYOUTS (the headmatter's layout, default `cover`, is the first slide's); `hide` / `disabled` hide the
 * slide; the last HTML comment at the end of a slide is its speaker notes (Slidev's rule). `::right::` splits a
 * two-cols slide into its columns. A list inside `<v-clicks>` … `</v-clicks>` (Slidev's click animations) becomes
 * build steps, one per item. Every other key is reported once per key.
 */
export function slidevSlides(source: string, head: FrontMatter, notices: Pick<ImportNotices, 'note'>): { meta: Attributes; slides: RawSlide[] } {
  const meta: Attributes = {};
  const slideKeys: FrontMatter = {};
  const unused: string[] = [];
  for (const [key, value] of Object.entries(head)) {
    if (DECK_KEYS[key]) meta[DECK_KEYS[key]] = value;
    else if (key === 'layout' || key === 'hide' || key === 'disabled') slideKeys[key] = value;
    else unused.push(`"${key}"`);
  }
  if (unused.length) notices.note('slidev-head', `the Slidev ${unused.length > 1 ? 'settings' : 'setting'} ${unused.join(', ')} ${unused.length > 1 ? 'are' : 'is'} not used by BriefDeck and ${unused.length > 1 ? 'were' : 'was'} not imported`);
  const chunks = splitOutsideFences(source, (line) => (/^---[ \t]*$/.test(line) ? 'separator' : 'text'));
  const slides: RawSlide[] = [];
  let pending: FrontMatter | undefined = { layout: 'cover', ...slideKeys };
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (i > 0 && i + 1 < chunks.length && looksLikeFrontMatter(chunk.trim()) && pending === undefined) {
      pending = parseFrontMatter(chunk.trim());
      continue;
    }
    const keys = pending ?? {};
    pending = undefined;
    const number = slides.length + 1;
    const slide = slidevSlide(chunk, keys, number, notices);
    if (slide.body === '' && slide.notes === '') continue;
    slides.push(slide);
  }
  return { meta, slides };
}

function slidevSlide(chunk: string, keys: FrontMatter, number: number, notices: Pick<ImportNotices, 'note'>): RawSlide {
  let body = chunk.trim();
  let notes = '';
  const comments = htmlComments(body);
  const last = comments[comments.length - 1];
  if (last && body.slice(last.end).trim() === '') {
    notes = last.inner;
    body = body.slice(0, last.start).trim();
  }
  const attrs: Attributes = {};
  let layoutHint: RawSlide['layoutHint'];
  for (const [key, value] of Object.entries(keys)) {
    if (key === 'layout') {
      const layouts = SLIDEV_LAYOUTS[value];
      if (layouts === undefined) notices.note(`slidev-layout:${value}`, `the Slidev layout "${value}" has no BriefDeck equivalent; the layout was guessed from the content`, number);
      else if (layouts.length) layoutHint = { from: `Slidev layout "${value}"`, layouts };
    } else if ((key === 'hide' || key === 'disabled') && /^true$/i.test(value)) attrs['data-visibility'] = 'hidden';
    else notices.note(`slidev-key:${key}`, `the Slidev slide option "${key}" is not used by BriefDeck and was not imported`, number);
  }
  body = clicksAsFragments(body);
  if (layoutHint?.layouts[0] === 'two-column') body = twoColumnBody(body);
  else if (/^::[\w-]+::[ \t]*$/m.test(body)) notices.note('slidev-slot', 'Slidev slot markers (::name::) were removed; the slot contents follow one another', number);
  body = body.replace(/^::[\w-]+::[ \t]*$/gm, '');
  noteBodyLeftovers(body, number, notices);
  return { body, notes, attrs, layoutHint };
}

/**
 * A two-cols slide (`left … ::right:: right`) in the shape the two-column reader expects: the title heading, then
 * a `###` group per column (an empty `###` when the column has no heading of its own).
 */
function twoColumnBody(body: string): string {
  const at = /^::right::[ \t]*$/m.exec(body);
  if (!at) return body;
  let left = body.slice(0, at.index).replace(/^::(left|default)::[ \t]*$/gm, '').trim();
  const right = body.slice(at.index + at[0].length).trim();
  const title = /^#{1,2}[ \t].*$/m.exec(left);
  let head = '';
  if (title && left.slice(0, title.index).trim() === '') {
    head = title[0];
    left = left.slice(title.index + title[0].length).trim();
  }
  const group = (text: string): string => (/^###[ \t]/.test(text) ? text : `###\n\n${text}`);
  return [head, group(left), group(right)].filter(Boolean).join('\n\n');
}

/**
 * Slidev's `<v-clicks>` … `</v-clicks>` (sli.dev, "Click Animations": each child, or each list item, appears on its
 * own click) as reveal.js fragments: the tags are dropped, and every list item between them gets the fragment
 * comment the reveal.js reader takes (`<!-- .element: class="fragment" -->`), so the items become build steps
 * instead of two bullets that read "<v-clicks>". Only tags on lines of their own are read; others stay as written.
 */
function clicksAsFragments(body: string): string {
  let inside = false;
  const out: string[] = [];
  for (const line of body.split('\n')) {
    if (/^\s*<v-clicks(\s[^>]*)?>\s*$/.test(line)) {
      inside = true;
      continue;
    }
    if (/^\s*<\/v-clicks>\s*$/.test(line)) {
      inside = false;
      continue;
    }
    out.push(inside && /^\s*(?:[-*+]|\d{1,9}[.)])\s+\S/.test(line) ? `${line} <!-- .element: class="fragment" -->` : line);
  }
  return out.join('\n');
}
