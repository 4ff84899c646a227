import type { Citation, Deck, Slide, Source } from '../deck';
import { defineCommand } from './command';
import { mergeSources } from './mergeSources';
import { replaceAt, updateSlideById } from './slideAccess';

/** Where citations go: the slide itself, or one bullet, key judgment or timeline entry. */
export type CitationTarget =
  | { kind: 'slide' }
  | { kind: 'bullet'; list?: 'bullets' | 'left' | 'right'; index: number }
  | { kind: 'judgment'; index: number }
  | { kind: 'entry'; index: number };

export interface SetCitationsArgs {
  slideId: string;
  citations: readonly Citation[];
  /** Default: the slide. */
  target?: CitationTarget;
  /** Source records to add to `deck.sources` when they are not listed yet (citations picked from an argument map). */
  sources?: readonly Source[];
}

type WithCitations = { citations?: Citation[] };
const withCitations = <T extends WithCitations>(item: T, citations: Citation[]): T => {
  if (citations.length > 0) return { ...item, citations };
  const { citations: _drop, ...rest } = item;
  return rest as T;
};

function applyTo(slide: Slide, target: CitationTarget, citations: Citation[]): Slide {
  if (target.kind === 'slide') return { ...slide, citations };
  if (target.kind === 'judgment' && slide.layout === 'bluf') {
    return { ...slide, judgments: [...replaceAt(slide.judgments, target.index, (j) => withCitations(j, citations))] };
  }
  if (target.kind === 'entry' && slide.layout === 'timeline') {
    return { ...slide, entries: [...replaceAt(slide.entries, target.index, (e) => withCitations(e, citations))] };
  }
  if (target.kind === 'bullet') {
    const list = target.list ?? 'bullets';
    if (list === 'bullets' && slide.layout === 'bullets') {
      return { ...slide, bullets: [...replaceAt(slide.bullets, target.index, (b) => withCitations(b, citations))] };
    }
    if (list !== 'bullets' && slide.layout === 'two-column') {
      const col = slide[list];
      return { ...slide, [list]: { ...col, bullets: [...replaceAt(col.bullets, target.index, (b) => withCitations(b, citations))] } };
    }
  }
  return slide;
}

/** Replaces the citations of a slide or of one of its items (an empty list removes an item's citations). */
export const setCitations = defineCommand<SetCitationsArgs>({
  name: 'setCitations',
  label: 'Edit citations',
  perform(deck, { slideId, citations, target = { kind: 'slide' }, sources }): Deck {
    const copy = JSON.parse(JSON.stringify(citations)) as Citation[];
    const next = updateSlideById(deck, slideId, (slide) => applyTo(slide, target, copy));
    if (next === deck) return deck;
    const merged = mergeSources(deck.sources, sources);
    return merged === deck.sources ? next : { ...next, sources: merged };
  },
});
