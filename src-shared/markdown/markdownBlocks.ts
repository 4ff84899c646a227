import type { Token } from 'markdown-it';
import { extractAttributeComments, stripHtmlComments, type Attributes } from './attributeComments';
import { restoreInline, unescapeBlockText, unescapeHeading } from './markdownEscape';
import { createImageFinder, createMarkdownParser } from './markdownParser';

/** Inline text of a block or list item: its Markdown source (kept as typed) and its `.element` attributes. */
export interface InlineItem {
  text: string;
  attrs: Attributes;
}

/** A list item with its nesting depth (0 = top level). */
export interface ListItem extends InlineItem {
  level: number;
}

/** The top-level blocks of one slide, in document order, mapped from markdown-it's block tokens. */
export type Block =
  | { kind: 'heading'; level: number; item: InlineItem }
  | { kind: 'paragraph'; item: InlineItem }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'quote'; text: string }
  | { kind: 'code'; text: string };

const parser = createMarkdownParser();
const imageFinder = createImageFinder();

/**
 * Parses one slide's Markdown with markdown-it (html: false) and maps its tokens to blocks. `onImage` is called
 * once per image reference, in order, with its alt text and src, whatever its URL (images are not imported; their
 * Markdown stays as text).
 */
export function markdownBlocks(markdown: string, onImage: (alt: string, src: string) => void = () => {}): Block[] {
  for (const t of imageFinder.parse(markdown, {})) {
    for (const c of t.children ?? []) if (c.type === 'image') onImage(c.content, String(c.attrGet('src') ?? ''));
  }
  const tokens = parser.parse(markdown, {});
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.level !== 0) continue;
    const end = closingIndex(tokens, i);
    const inner = tokens.slice(i + 1, end);
    switch (t.type) {
      case 'heading_open':
        blocks.push({ kind: 'heading', level: Number(t.tag.slice(1)), item: inlineItem(inner[0], true) });
        break;
      case 'paragraph_open': {
        const item = inlineItem(inner[0]);
        if (item.text !== '' || Object.keys(item.attrs).length > 0) blocks.push({ kind: 'paragraph', item });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        blocks.push({ kind: 'list', items: listItems(inner) });
        break;
      case 'table_open':
        blocks.push(tableBlock(inner));
        break;
      case 'blockquote_open':
        blocks.push({ kind: 'quote', text: inner.filter((x) => x.type === 'inline').map((x) => inlineItem(x).text).join('\n\n') });
        break;
      case 'fence':
      case 'code_block':
        blocks.push({ kind: 'code', text: t.content.replace(/\n$/, '') });
        break;
      default:
        break;
    }
    i = end;
  }
  return blocks;
}

/** Index of the token that closes the block opened at `i` (`i` itself for a self-contained token). */
function closingIndex(tokens: Token[], i: number): number {
  if (tokens[i].nesting !== 1) return i;
  let depth = 0;
  for (let j = i; j < tokens.length; j++) {
    depth += tokens[j].nesting;
    if (depth === 0) return j;
  }
  return tokens.length - 1;
}

/** Cleans an inline token: takes out `.element` comments, drops other HTML comments, undoes export escapes. */
function inlineItem(token: Token | undefined, heading = false): InlineItem {
  if (!token || token.type !== 'inline') return { text: '', attrs: {} };
  const { text, attrs } = extractAttributeComments(token.content, 'element');
  const clean = stripHtmlComments(text).trim();
  return { text: heading ? unescapeHeading(clean) : unescapeBlockText(clean), attrs };
}

/** The items of a (possibly nested) list, each with its depth; an item's extra paragraphs join with "\n". */
function listItems(tokens: Token[]): ListItem[] {
  const items: ListItem[] = [];
  const open: ListItem[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') depth++;
    else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') depth--;
    else if (t.type === 'list_item_open') {
      const item: ListItem = { text: '', attrs: {}, level: depth };
      items.push(item);
      open.push(item);
    } else if (t.type === 'list_item_close') open.pop();
    else if ((t.type === 'inline' || t.type === 'fence' || t.type === 'code_block') && open.length > 0) {
      const current = open[open.length - 1];
      const next = t.type === 'inline' ? inlineItem(t) : { text: t.content.replace(/\n$/, ''), attrs: {} };
      current.text = current.text ? `${current.text}\n${next.text}` : next.text;
      current.attrs = { ...current.attrs, ...next.attrs };
    }
  }
  return items;
}

function tableBlock(tokens: Token[]): Block {
  const header: string[] = [];
  const rows: string[][] = [];
  let row: string[] | null = null;
  for (const t of tokens) {
    if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) {
      if (header.length === 0 && rows.length === 0 && tokens.some((x) => x.type === 'thead_open')) header.push(...row);
      else rows.push(row);
      row = null;
    } else if (t.type === 'inline' && row) row.push(restoreInline(stripHtmlComments(t.content)).trim());
  }
  return { kind: 'table', header, rows };
}
