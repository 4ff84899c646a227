import type { SourceBlock, SourceBlockKind } from '../../../../src-shared/sources/import';

/** The DOM surface the walk reads (linkedom's elements have it; so do a browser's). */
export interface WalkElement {
  tagName: string;
  childNodes: ArrayLike<WalkNode>;
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface WalkNode {
  nodeType: number;
  textContent: string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content is never text of the source: code, styles, embedded objects, form controls, images. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'img', 'picture', 'video', 'audio', 'source', 'track', 'link', 'meta', 'head', 'button', 'input', 'select', 'textarea', 'form']);

/** Elements that break the flow of text (anything not listed here is inline: its text joins the paragraph around it). */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul']);

/** A note marker or a note's back link ("[1]" in the text, "↑" after the note): noise in a citable paragraph. */
function isNoteLink(el: WalkElement): boolean {
  const role = el.getAttribute('role') ?? '';
  const href = el.getAttribute('href') ?? '';
  return role === 'doc-noteref' || role === 'doc-backlink' || /^#(foot|end)note/i.test(href) || /^#fn(ref)?[-:]?\d/i.test(href);
}

/** A section holding all of a document's footnotes or endnotes (DPUB-ARIA roles, Pandoc's and mammoth's markup). */
function isNotesSection(el: WalkElement): boolean {
  const role = el.getAttribute('role') ?? '';
  if (role === 'doc-endnotes' || role === 'doc-footnotes') return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (/(^|[\s_-])(foot|end)notes($|[\s_-])/i.test(names)) return true;
  // mammoth writes the notes as one list at the end: <ol><li id="footnote-1">…</li><li id="endnote-1">…</li></ol>.
  const items = elementChildren(el).filter((c) => c.tagName.toLowerCase() === 'li');
  return el.tagName.toLowerCase() === 'ol' && items.length > 0 && items.every(isSingleNote);
}

/** One footnote or endnote (role doc-footnote / doc-endnote, an id or class footnote-N / endnote-N / fn-N). */
function isSingleNote(el: WalkElement): boolean {
  const role = el.getAttribute('role') ?? '';
  const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  return role === 'doc-footnote' || role === 'doc-endnote' || /(^|\s)((foot|end)note|fn)[-:_]?\d*($|\s)/i.test(names);
}

/** A comments section (the readers' comments on a saved page): the body is over where it starts. */
function isCommentsSection(el: WalkElement): boolean {
  const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  return /(^|[\s_-])comments?($|[\s_-])|disqus/i.test(names);
}

function elementChildren(el: WalkElement): WalkElement[] {
  return Array.from(el.childNodes).filter((n): n is WalkNode & WalkElement => n.nodeType === ELEMENT_NODE);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The kind a block-level element's own text gets, outside any aside, nav, footer or notes section. */
const KIND_OF_TAG: Record<string, SourceBlockKind> = { p: 'paragraph', li: 'list-item', dd: 'paragraph', dt: 'paragraph', pre: 'paragraph', figcaption: 'caption', caption: 'caption', blockquote: 'quote' };

/**
 * The blocks of an HTML article body (Readability's content, or mammoth's HTML of a DOCX), in document order:
 * h1..h6 -> `heading` (its level); p -> `paragraph`; li -> `list-item`; blockquote -> `quote` (each paragraph in
 * it); figcaption, table caption -> `caption`; all text in nav -> `navigation`, in aside or footer -> `note`; a
 * footnotes/endnotes section -> an `end` block ("Notes") then each note as `note`; a single footnote -> `note`; a
 * comments section -> an `end` block then its text. Text outside any of these (a div's loose text) is a `paragraph`.
 * Note markers and back links are dropped from the text; scripts, styles, images and form controls are skipped.
 * Pure over the DOM given; never throws.
 */
export function blocksOfHtml(root: WalkElement): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const push = (kind: SourceBlockKind, text: string, level?: number) => {
    const t = collapse(text);
    if (t !== '') blocks.push(level === undefined ? { kind, text: t } : { kind, text: t, level });
  };
  walk(root, undefined, push);
  return blocks;
}

type Push = (kind: SourceBlockKind, text: string, level?: number) => void;

/** Text of an element's inline content, skipping skipped elements and note links (not descending into blocks). */
function inlineText(node: WalkNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT_NODE) return '';
  const el = node as WalkNode & WalkElement;
  const tag = el.tagName.toLowerCase();
  if (SKIPPED.has(tag) || isNoteLink(el)) return '';
  if (tag === 'br') return ' ';
  return Array.from(el.childNodes).map(inlineText).join('');
}

/**
 * Walks `el`'s children: inline runs between block elements become one block of `context ?? 'paragraph'`; block
 * elements are handled by their tag. `context` is the kind every text inside an aside, nav, footer or notes
 * section gets (so their headings do not start sections either).
 */
function walk(el: WalkElement, context: SourceBlockKind | undefined, push: Push, ownKind?: SourceBlockKind): void {
  let run = '';
  const flush = () => {
    push(context ?? ownKind ?? 'paragraph', run);
    run = '';
  };
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType !== ELEMENT_NODE) {
      run += node.nodeType === TEXT_NODE ? (node.textContent ?? '') : '';
      continue;
    }
    const child = node as WalkNode & WalkElement;
    const tag = child.tagName.toLowerCase();
    if (SKIPPED.has(tag) || isNoteLink(child)) continue;
    if (!BLOCK.has(tag)) {
      run += inlineText(child);
      continue;
    }
    flush();
    block(child, tag, context, push, ownKind === 'list-item' || ownKind === 'quote' ? ownKind : undefined);
  }
  flush();
}

/** One block-level element; `inherited` is the kind of the list item or quote a paragraph sits in. */
function block(el: WalkElement, tag: string, context: SourceBlockKind | undefined, push: Push, inherited?: SourceBlockKind): void {
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) return push(context ?? 'heading', inlineText(el as unknown as WalkNode), context ? undefined : Number(heading[1]));
  if (!context && isNotesSection(el)) {
    push('end', 'Notes');
    return walk(el, 'note', push);
  }
  if (!context && isCommentsSection(el)) {
    push('end', 'Comments');
    return walk(el, 'note', push);
  }
  if (tag === 'nav') return walk(el, context ?? 'navigation', push);
  if (tag === 'aside' || tag === 'footer') return walk(el, context ?? 'note', push);
  if (!context && isSingleNote(el)) return walk(el, 'note', push);
  if (tag === 'blockquote') return walk(el, context ?? 'quote', push, 'quote');
  if (tag === 'tr') return push(context ?? 'paragraph', elementChildren(el).map((c) => collapse(inlineText(c as unknown as WalkNode))).filter(Boolean).join(' | '));
  walk(el, context, push, tag === 'p' ? (inherited ?? 'paragraph') : KIND_OF_TAG[tag]);
}
