import { useMemo } from 'react';
import type { Deck } from '../../src-shared/deck';
import { createSlideRenderer } from '../../src-shared/render';

/**
 * What a slide frame renders: hidden slides included (so that reveal.js's slide index equals the deck index and
 * "go to slide" reaches backup slides) and no speaker notes (the frame never shows them: the audience screen carries
 * no note text at all).
 */
export const FRAME_RENDER_OPTIONS = { includeHidden: true, includeNotes: false } as const;

/**
 * The slide sections a slide frame shows, one `<section>` per deck slide, recomputed only when the deck changes;
 * `given` (the same list, kept up to date by the caller) is used as is.
 */
export function useFrameSections(deck: Deck, given?: readonly string[]): readonly string[] {
  return useMemo(() => given ?? createSlideRenderer(deck, FRAME_RENDER_OPTIONS).sections(), [deck, given]);
}
