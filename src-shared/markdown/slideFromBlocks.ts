import { LAYOUTS, type Layout } from '../deck';
import type { Block } from './markdownBlocks';
import { paragraphsText, type WarnFn } from './blockText';
import { chartFromBlocks } from './chartMarkdown';
import { mapFromBlocks } from './mapMarkdown';
import { blufFromBlocks, bulletsFromBlocks, quoteFromBlocks, tableFromBlocks, timelineFromBlocks, twoColumnFromBlocks } from './layoutFromBlocks';

/** The title and the remaining blocks of a slide: the first `#` or `##` heading is the title. */
export interface SlideBlocks {
  title: string;
  titleLevel: number;
  rest: Block[];
}

/** A list item written `**2023-10-07** — event` (a bold part with a digit, then a dash). */
const DATED_ITEM = /^\*\*[^*]*\p{Nd}[^*]*\*\*\s*[—–-]/u;

/** Splits off the title heading (the first h1/h2 before any other content, or the first heading at all). */
export function takeTitle(blocks: Block[]): SlideBlocks {
  const idx = blocks.findIndex((b) => b.kind === 'heading' && b.level <= 2);
  const at = idx >= 0 ? idx : blocks[0]?.kind === 'heading' ? 0 : -1;
  if (at < 0) return { title: '', titleLevel: 0, rest: blocks };
  const h = blocks[at] as Extract<Block, { kind: 'heading' }>;
  return { title: h.item.text, titleLevel: h.level, rest: blocks.filter((_, i) => i !== at) };
}

/**
 * Picks the layout for a slide: the `data-layout` attribute when it names a known layout; otherwise a guess from
 * the content: a lone table -> table, a lone blockquote -> quote, two `###` groups -> two-column, a list of
 * `**date** — event` items -> timeline, a `#` heading with
 * at most one paragraph -> title (first slide) or section, anything else -> bullets.
 */
export function chooseLayout(declared: string | undefined, sb: SlideBlocks, isFirst: boolean, warn: WarnFn): Layout {
  if (declared !== undefined) {
    if ((LAYOUTS as readonly string[]).includes(declared)) return declared as Layout;
    warn(`unknown data-layout "${declared}"; the layout was guessed from the content`);
  }
  const kinds = sb.rest.map((b) => b.kind);
  const count = (k: Block['kind']): number => kinds.filter((x) => x === k).length;
  const others = (...allowed: Block['kind'][]): number => kinds.filter((k) => !allowed.includes(k)).length;
  if (count('table') === 1 && others('table', 'paragraph') === 0 && count('paragraph') <= 1) return 'table';
  if (count('quote') === 1 && others('quote', 'paragraph') === 0 && count('paragraph') <= 1) return 'quote';
  const h3 = sb.rest.filter((b) => b.kind === 'heading' && b.level === 3).length;
  if (h3 === 2 && others('heading', 'list') === 0 && sb.rest[0]?.kind === 'heading') return 'two-column';
  const items = sb.rest.flatMap((b) => (b.kind === 'list' ? b.items : []));
  if (count('list') === 1 && others('list') === 0 && items.length > 0 && items.every((i) => i.level === 0 && DATED_ITEM.test(i.text))) return 'timeline';
  if (sb.titleLevel === 1 && others('paragraph') === 0 && count('paragraph') <= 1) return isFirst ? 'title' : 'section';
  return 'bullets';
}

/** Builds the layout-specific fields of a slide from its blocks (without the title); `language` is the deck's. */
export function layoutFields(layout: Layout, rest: Block[], warn: WarnFn, language: string): Record<string, unknown> {
  switch (layout) {
    case 'title':
    case 'section':
      return { subtitle: paragraphsText(rest, warn) };
    case 'bluf':
      return blufFromBlocks(rest, warn, language);
    case 'bullets':
      return { bullets: bulletsFromBlocks(rest, warn, language) };
    case 'two-column':
      return twoColumnFromBlocks(rest, warn, language);
    case 'table':
      return tableFromBlocks(rest, warn);
    case 'timeline':
      return { entries: timelineFromBlocks(rest, warn, language) };
    case 'quote':
      return quoteFromBlocks(rest, warn);
    case 'sources':
    case 'picture':
    case 'changes':
      return {};
    case 'chart':
      return chartFromBlocks(rest, warn);
    case 'map':
      return mapFromBlocks(rest, warn);
  }
}
