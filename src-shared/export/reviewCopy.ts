import type { Deck } from '../deck';

/**
 * The deck as an export sees it: without its review comments (text and metadata: authors, times, replies), unless
 * the export is a review copy and not an audience copy. Every exporter (PDF, HTML, PPTX, Markdown) is given this deck
 * by the one dispatcher, so no format can carry comments it was not asked for. Returns the same deck when it has
 * no comments.
 */
export function deckForExport(deck: Deck, options: { audience?: boolean; reviewComments?: boolean }): Deck {
  if (deck.comments === undefined) return deck;
  if (options.reviewComments === true && options.audience !== true) return deck;
  const next: Deck = { ...deck };
  delete next.comments;
  return next;
}
