import { useMemo } from 'react';
import type { Deck } from '../../src-shared/deck';
import { renderDeckHtml } from '../../src-shared/render';

/**
 * The markup a slide frame shows: `renderDeckHtml` with hidden slides included (so that reveal.js's slide index
 * equals the deck index and "go to slide" reaches backup slides) and without speaker notes (the frame never shows
 * them: the audience screen carries no note text at all, cases E4 and E7). Recomputed only when the deck changes;
 * `given` (the same markup, rendered by the caller) is used as is.
 */
export function useFrameHtml(deck: Deck, given?: string): string {
  return useMemo(() => given ?? renderDeckHtml(deck, { includeHidden: true, includeNotes: false }), [deck, given]);
}
