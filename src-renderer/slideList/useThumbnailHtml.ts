import { useMemo } from 'react';
import type { Deck } from '../../src-shared/deck';
import { createSlideRenderer } from '../../src-shared/render';

/**
 * The `<section>` markup of slides `[start, end)` of `deck` (by slide id), for static thumbnails. Hidden slides are
 * rendered too (shown dimmed); notes are left out. Only the visible rows are rendered.
 */
export function useThumbnailHtml(deck: Deck, start: number, end: number): Map<string, string> {
  const renderer = useMemo(() => createSlideRenderer(deck, { includeHidden: true, includeNotes: false }), [deck]);
  return useMemo(() => {
    const out = new Map<string, string>();
    for (let i = start; i < Math.min(end, deck.slides.length); i++) out.set(deck.slides[i].id, renderer.slideHtml(i));
    return out;
  }, [renderer, deck, start, end]);
}
