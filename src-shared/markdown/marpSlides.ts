import type { Attributes } from './attributeComments';
import { looksLikeFrontMatter, parseFrontMatter, type FrontMatter } from './frontMatter';
import type { ImportNotices } from './importNotices';
import { htmlComments, splitOutsideFences } from './slideSeparators';
import { noteBodyLeftovers } from './bodyLeftovers';
import type { RawSlide } from './rawSlide';

/** Marp's global directives (marpit.marp.app/directives); the ones BriefDeck holds map to deck metadata. */
const GLOBAL = new Set(['theme', 'style', 'headingDivider', 'lang', 'title', 'description', 'author', 'image', 'keywords', 'url', 'marp', 'size', 'math']);
/** Marp's local directives: without `_` they apply to this slide and the following ones, with `_` to this one only. */
const LOCAL = new Set(['paginate', 'header', 'footer', 'class', 'backgroundColor', 'backgroundImage', 'backgroundPosition', 'backgroundRepeat', 'backgroundSize', 'color']);
const DECK_KEYS: Record<string, string> = { title: 'data-title', author: 'data-author', theme: 'data-theme', lang: 'data-language' };

const isDirective = (key: string): boolean => GLOBAL.has(key) || LOCAL.has(key.replace(/^_/, ''));

/**
 * Reads a Marp file (after its front matter): slides split on `---` (or `***`, `___`) lines outside code, and before
 * each heading of level `headingDivider` or above when it is set. A comment whose lines are all directives is read
 * as directives; every other comment is speaker notes (Marp's rule). `class: lead` asks for a title or section
 * slide. Directives BriefDeck has no place for (paginate, header, footer, backgrounds, size…) are reported once per
 * directive, with their text.
 */
export function marpSlides(source: string, front: FrontMatter, notices: Pick<ImportNotices, 'note'>): { meta: Attributes; slides: RawSlide[] } {
  const meta: Attributes = {};
  const inherited: FrontMatter = {};
  for (const [key, value] of Object.entries(front)) {
    if (DECK_KEYS[key]) meta[DECK_KEYS[key]] = value;
    else if (LOCAL.has(key)) inherited[key] = value;
    else if (key !== 'marp' && key !== 'headingDivider') notices.note(`marp-global:${key}`, `the Marp directive "${key}" is not used by BriefDeck and was not imported`);
  }
  for (const key of ['paginate', 'header', 'footer'] as const) {
    if (inherited[key] !== undefined) notices.note(`marp-deck:${key}`, unkeptLocal(key, inherited[key]));
  }
  const divider = Number(front.headingDivider);
  const depth = Number.isInteger(divider) && divider >= 1 && divider <= 6 ? divider : 0;
  const chunks = splitOutsideFences(source, (line) => {
    if (/^(-{3,}|\*{3,}|_{3,})[ \t]*$/.test(line)) return 'separator';
    const h = /^(#{1,6})[ \t]/.exec(line);
    return h && h[1].length <= depth ? 'starts-slide' : 'text';
  });
  const slides: RawSlide[] = [];
  for (const chunk of chunks) {
    const notes: string[] = [];
    const spot: FrontMatter = {};
    const written: FrontMatter = {};
    let body = '';
    let at = 0;
    for (const c of htmlComments(chunk)) {
      if (/^\.(slide|element)\b/.test(c.inner)) continue;
      body += chunk.slice(at, c.start);
      at = c.end;
      if (c.inner === 'fit') {
        notices.note('marp-fit', 'Marp fitting headings (<!-- fit -->) are shown at the theme\'s size', slides.length + 1);
        continue;
      }
      const parsed = looksLikeFrontMatter(c.inner) ? parseFrontMatter(c.inner) : undefined;
      if (!parsed || !Object.keys(parsed).every(isDirective)) {
        notes.push(c.inner);
        continue;
      }
      for (const [key, value] of Object.entries(parsed)) {
        const name = key.replace(/^_/, '');
        if (key.startsWith('_')) spot[name] = value;
        else if (LOCAL.has(key)) inherited[key] = value;
        else if (DECK_KEYS[key]) meta[DECK_KEYS[key]] = value;
        else notices.note(`marp-global:${key}`, `the Marp directive "${key}" is not used by BriefDeck and was not imported`);
        if (LOCAL.has(name)) written[name] = value;
      }
    }
    body += chunk.slice(at);
    body = body.trim();
    if (body === '' && notes.length === 0) continue;
    const number = slides.length + 1;
    const local = { ...inherited, ...spot };
    const slide: RawSlide = { body, notes: notes.filter(Boolean).join('\n\n'), attrs: {} };
    const classes = (local.class ?? '').split(/\s+/).filter(Boolean);
    if (classes.includes('lead')) slide.layoutHint = { from: 'Marp class "lead"', layouts: ['title', 'section'] };
    const other = classes.filter((c) => c !== 'lead');
    if (other.length) notices.note(`marp-class:${other.join(' ')}`, `the Marp class "${other.join(' ')}" is not used by BriefDeck`, number);
    for (const [key, value] of Object.entries(written)) {
      if (key !== 'class') notices.note(`marp-local:${key}`, unkeptLocal(key, value), number);
    }
    noteBodyLeftovers(body, number, notices);
    slides.push(slide);
  }
  return { meta, slides };
}

function unkeptLocal(key: string, value: string): string {
  if (key === 'header' || key === 'footer') return `the Marp ${key} "${value.slice(0, 80)}" is not shown: BriefDeck slides have no running ${key}`;
  if (key === 'paginate') return `the Marp directive "paginate: ${value.slice(0, 20)}" was not imported: BriefDeck decides where page numbers show`;
  return `the Marp directive "${key}" is not used by BriefDeck and was not imported`;
}
