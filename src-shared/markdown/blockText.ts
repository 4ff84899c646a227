import type { Block, InlineItem, ListItem } from './markdownBlocks';

/** Reports one import warning about the slide being built. */
export type WarnFn = (message: string) => void;

/** Text of the paragraphs (joined by a blank line); any other block is reported as not imported. */
export function paragraphsText(blocks: Block[], warn: WarnFn): string {
  const texts: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') texts.push(b.item.text);
    else warn(`a ${b.kind} block does not fit this slide's layout and was not imported`);
  }
  return texts.join('\n\n');
}

/** All list items of the blocks, flattened (used by layouts that take one list). */
export function allItems(blocks: Block[]): ListItem[] {
  return blocks.flatMap((b) => (b.kind === 'list' ? b.items : []));
}

/** `true` when the item's `class` attribute has `fragment` (reveal.js fragments). */
export function isFragment(item: InlineItem): boolean {
  return /(^|\s)fragment(\s|$)/.test(item.attrs.class ?? '');
}
