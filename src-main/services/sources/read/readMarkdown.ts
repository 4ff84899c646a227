import type { Token } from 'markdown-it';
import { createImageFinder } from '../../../../src-shared/markdown/markdownParser';
import type { SourceBlock, SourceBlockKind, SourceDraft, SourceMetadata } from '../../../../src-shared/sources/import';
import { httpsUrl, isoDate } from './metadataValues';
import { SourceReadError } from './sourceReadError';
import { decodeText } from './readText';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

const unquote = (v: string) => v.trim().replace(/^(["'])(.*)\1$/, '$2').trim();

/**
 * The front matter's fields (the `---` block at the top of the file, as Jekyll, Hugo and Pandoc write it): only
 * flat `key: value` lines, and lists as `[a, b]` or `- item` lines under a key, are read; it is never evaluated.
 * Keys: title; author or authors (one name or a list); date; publisher or site; url.
 */
export function frontMatter(text: string): { metadata: SourceMetadata; body: string } {
  const metadata: SourceMetadata = { title: '', authors: [], publisher: '', date: '', url: '' };
  const match = FRONT_MATTER.exec(text);
  if (!match) return { metadata, body: text };
  const fields: Record<string, string[]> = {};
  let key = '';
  for (const line of match[1].split('\n')) {
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (pair) {
      key = pair[1].toLowerCase();
      const value = pair[2].trim();
      const list = /^\[(.*)\]$/.exec(value);
      fields[key] = list ? list[1].split(',').map(unquote).filter(Boolean) : value ? [unquote(value)] : [];
    } else if (item && key) fields[key].push(unquote(item[1]));
  }
  const one = (...keys: string[]) => keys.map((k) => fields[k]?.[0] ?? '').find(Boolean) ?? '';
  metadata.title = one('title');
  metadata.authors = [...(fields.author ?? []), ...(fields.authors ?? [])].filter(Boolean);
  metadata.date = isoDate(one('date', 'published'));
  metadata.publisher = one('publisher', 'site');
  metadata.url = httpsUrl(one('url', 'canonical'));
  return { metadata, body: text.slice(match[0].length) };
}

/** The text of an inline token: its text, code spans and breaks (as spaces); images are counted and dropped. */
function inlineText(token: Token, images: { count: number }): string {
  return (token.children ?? [])
    .map((c) => {
      if (c.type === 'image') {
        images.count++;
        return '';
      }
      if (c.type === 'softbreak' || c.type === 'hardbreak') return ' ';
      return c.type === 'text' || c.type === 'code_inline' || c.type === 'html_inline' ? c.content : '';
    })
    .join('');
}

/**
 * Reads a Markdown file: the front matter is the metadata; markdown-it's tokens become blocks (headings with their
 * level; paragraphs; a paragraph inside a list item is a `list-item`, inside a block quote a `quote`; code blocks
 * are paragraphs; a table row is one paragraph with its cells joined by " | "). Raw HTML is off in the parser, so
 * a `<script>` stays literal text and never runs. Images are dropped with a warning.
 * @throws SourceReadError 'not-text' for bytes that are not UTF-8, 'empty' when there is no text.
 */
export function readMarkdown(bytes: Uint8Array, fileName: string): SourceDraft {
  const { metadata, body } = frontMatter(decodeText(bytes, fileName));
  // The image finder is markdown-it with raw HTML off that makes an image token for every image, whatever its URL,
  // so each one is counted; its tokens are only read here, never rendered.
  const tokens = createImageFinder().parse(body, {});
  const blocks: SourceBlock[] = [];
  const images = { count: 0 };
  const open: string[] = [];
  let row: string[] | undefined;
  const push = (kind: SourceBlockKind, text: string, level?: number) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(level === undefined ? { kind, text: t } : { kind, text: t, level });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type.endsWith('_open')) open.push(t.type);
    else if (t.type.endsWith('_close')) open.pop();
    if (t.type === 'heading_open') push('heading', inlineText(tokens[i + 1], images), Number(t.tag.slice(1)));
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) push('paragraph', row.filter(Boolean).join(' | '));
    else if (t.type === 'inline' && row && (open.at(-1) === 'th_open' || open.at(-1) === 'td_open')) row.push(inlineText(t, images).trim());
    else if (t.type === 'inline' && open.at(-1) === 'paragraph_open') {
      const kind = open.includes('blockquote_open') ? 'quote' : open.includes('list_item_open') ? 'list-item' : 'paragraph';
      push(kind, inlineText(t, images));
    } else if (t.type === 'fence' || t.type === 'code_block') push('paragraph', t.content);
  }
  if (blocks.length === 0) throw new SourceReadError('empty', `${fileName} has no text: check it is the right file`);
  const warnings = images.count > 0 ? [`${images.count} image${images.count === 1 ? '' : 's'} dropped: a source is cited by its text`] : [];
  return { format: 'markdown', fileName, metadata, blocks, warnings };
}
