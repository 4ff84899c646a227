import { useMemo } from 'react';
import type { Deck, Slide } from '../../src-shared/deck';
import { createSlideRenderer } from '../../src-shared/render';

/**
 * The `<section>` markup of the `visible` slides (by slide id), for static thumbnails, drawn from `thumbDeck` (the
 * settled deck, see useThumbnailDeck). A visible slide that `thumbDeck` does not hold yet (just added or duplicated)
 * is drawn from `liveDeck`, so that no row waits with an empty thumbnail. Hidden slides are rendered too (shown
 * dimmed); notes are left out. Only the visible rows are rendered. Recomputed when `thumbDeck` or the visible slide
 * ids change, not on each keystroke.
 */
export function useThumbnailHtml(thumbDeck: Deck, liveDeck: Deck, visible: readonly Slide[]): Map<string, string> {
  const renderer = useMemo(() => createSlideRenderer(thumbDeck, { includeHidden: true, includeNotes: false }), [thumbDeck]);
  const indexOf = useMemo(() => new Map(thumbDeck.slides.map((s, i) => [s.id, i])), [thumbDeck]);
  const ids = visible.map((s) => s.id).join('\n');
  const missing = visible.some((s) => !indexOf.has(s.id));
  // The live deck matters only for slides the settled deck lacks; keyed on the ids so typing does not re-render.
  const live = missing ? liveDeck : null;
  return useMemo(() => {
    const out = new Map<string, string>();
    const liveRenderer = live ? createSlideRenderer(live, { includeHidden: true, includeNotes: false }) : null;
    const liveIndex = live ? new Map(live.slides.map((s, i) => [s.id, i])) : null;
    for (const id of ids.split('\n')) {
      const i = indexOf.get(id);
      if (i !== undefined) out.set(id, renderer.slideHtml(i));
      else if (liveRenderer && liveIndex?.has(id)) out.set(id, liveRenderer.slideHtml(liveIndex.get(id)!));
    }
    return out;
  }, [renderer, indexOf, ids, live]);
}
