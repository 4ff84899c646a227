import type { Citation, Deck, Slide } from '../deck';
import { mergeCitationsBySource } from './mergeCitations';

/**
 * Every citation a slide carries, in reading order: slide-level citations, then those on bullets, key judgments,
 * column bullets and timeline entries.
 */
export function citationsOfSlide(slide: Slide): Citation[] {
  const out: Citation[] = [...slide.citations];
  const fromItems = (items: readonly { citations?: Citation[] }[]) => {
    for (const item of items) out.push(...(item.citations ?? []));
  };
  switch (slide.layout) {
    case 'bullets':
      fromItems(slide.bullets);
      break;
    case 'bluf':
      fromItems(slide.judgments);
      break;
    case 'two-column':
      fromItems(slide.left.bullets);
      fromItems(slide.right.bullets);
      break;
    case 'timeline':
      fromItems(slide.entries);
      break;
    default:
      break;
  }
  return out;
}

/** The citations of one source used in a deck: its id, the paragraphs cited (sorted, unique) and the claim ids. */
export interface SourceUsage {
  sourceId: string;
  paragraphs: number[];
  claimIds: string[];
}

/**
 * The sources a deck actually cites, in order of first use, each with the union of paragraphs cited and the
 * argument-map item ids named. Hidden (backup) slides count only with `{ includeHidden: true }`. This is what a
 * sources slide lists (its content is generated at render time, never stored in the template).
 */
export function collectDeckCitations(deck: Pick<Deck, 'slides'>, options: { includeHidden?: boolean } = {}): SourceUsage[] {
  const cited = deck.slides.filter((slide) => !slide.hidden || options.includeHidden).flatMap(citationsOfSlide);
  return mergeCitationsBySource(cited).map(({ sourceId, paragraphs, claimIds }) => ({ sourceId, paragraphs, claimIds }));
}
