import type { Citation, Slide } from '../deck';
import type { CitationTarget } from './setCitations';

/**
 * The citations on `target` of `slide` (the slide's own list, or one bullet's, key judgment's, timeline entry's or
 * column bullet's; an item without citations gives []), or undefined when the slide has no such item (wrong layout,
 * index out of range).
 */
export function citationsOfTarget(slide: Slide, target: CitationTarget): readonly Citation[] | undefined {
  if (target.kind === 'slide') return slide.citations;
  const item = (items: readonly { citations?: Citation[] }[]) => (target.index >= 0 && target.index < items.length ? (items[target.index].citations ?? []) : undefined);
  if (target.kind === 'judgment') return slide.layout === 'bluf' ? item(slide.judgments) : undefined;
  if (target.kind === 'entry') return slide.layout === 'timeline' ? item(slide.entries) : undefined;
  const list = target.list ?? 'bullets';
  if (list === 'bullets') return slide.layout === 'bullets' ? item(slide.bullets) : undefined;
  return slide.layout === 'two-column' ? item(slide[list].bullets) : undefined;
}
