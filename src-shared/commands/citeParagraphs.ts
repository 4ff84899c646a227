import type { Citation, Deck, Source } from '../deck';
import { formatParagraphs, normalizeParagraphs } from '../sources/paragraphs';
import { defineCommand, type DeckCommand } from './command';
import { mergeSources } from './mergeSources';
import { setCitations, type CitationTarget } from './setCitations';
import { citationsOfTarget } from './citationsOfTarget';

/** Args of the command {@link citeParagraphs} gives. */
export interface CiteParagraphsArgs {
  slideId: string;
  /** Default: the slide itself. */
  target?: CitationTarget;
  /** Source records to add to `deck.sources` when not listed yet (see setCitations). */
  sources?: readonly Source[];
}

/**
 * `citations` with paragraphs `paragraphs` of `sourceId` added: merged into the first bare paragraph citation of the
 * same source (one without a `claimId`, whose paragraphs become the sorted union), else appended as a new citation.
 * A claim's citation is never widened: its paragraphs are the claim's. Returns the same array when every paragraph is
 * already cited by that bare citation.
 */
export function withParagraphsCited(citations: readonly Citation[], sourceId: string, paragraphs: readonly number[]): readonly Citation[] {
  const wanted = normalizeParagraphs(paragraphs);
  const i = citations.findIndex((c) => c.sourceId === sourceId && !c.claimId);
  if (i < 0) return [...citations, { sourceId, paragraphs: wanted }];
  const merged = normalizeParagraphs([...citations[i].paragraphs, ...wanted]);
  if (merged.length === normalizeParagraphs(citations[i].paragraphs).length) return citations;
  return citations.map((c, k) => (k === i ? { ...c, paragraphs: merged } : c));
}

/**
 * The command that cites paragraphs `paragraphs` of source `sourceId` on one statement of a slide (a bullet, key
 * judgment, timeline entry or column bullet) or on the slide itself, merging with a citation of the same source
 * already there ({@link withParagraphsCited}). Its undo label names the paragraphs: "Cite ¶4", "Cite ¶4–5".
 * Throws when `paragraphs` holds no paragraph number (integers from 1). The deck comes back unchanged when the slide
 * or statement does not exist or everything is cited already.
 */
export function citeParagraphs(sourceId: string, paragraphs: readonly number[]): DeckCommand<CiteParagraphsArgs> {
  const list = normalizeParagraphs(paragraphs);
  if (list.length === 0) throw new Error('Nothing to cite: no paragraph number was given.');
  return defineCommand<CiteParagraphsArgs>({
    name: 'citeParagraphs',
    label: `Cite ${formatParagraphs(list)}`,
    perform(deck: Deck, { slideId, target = { kind: 'slide' }, sources }): Deck {
      const slide = deck.slides.find((s) => s.id === slideId);
      const current = slide ? citationsOfTarget(slide, target) : undefined;
      if (!current) return deck;
      const next = withParagraphsCited(current, sourceId, list);
      if (next === current) return deck;
      const cited = setCitations.perform(deck, { slideId, target, citations: next });
      if (cited === deck) return deck;
      const merged = mergeSources(cited.sources, sources);
      return merged === cited.sources ? cited : { ...cited, sources: merged };
    },
  });
}
