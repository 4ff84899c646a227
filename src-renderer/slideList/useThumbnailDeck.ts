import { useEffect, useState } from 'react';
import type { Deck } from '../../src-shared/deck';

/** True when `next` keeps none of `prev`'s slide objects: another deck was shown (opened, new, generated), not edited. */
function isAnotherDeck(prev: Deck, next: Deck): boolean {
  if (prev === next) return false;
  const kept = new Set(prev.slides);
  return !next.slides.some((s) => kept.has(s));
}

/**
 * The deck the thumbnails draw: `deck` once edits have paused for `delayMs` ms (so typing never waits for them), but
 * at once when another deck is shown in the editor (opened, a new deck, one generated from a source): its slides
 * share nothing with the last drawn deck, and waiting would show empty or stale thumbnails.
 */
export function useThumbnailDeck(deck: Deck, delayMs: number): Deck {
  const [settled, setSettled] = useState(deck);
  const replaced = isAnotherDeck(settled, deck);
  useEffect(() => {
    if (settled === deck) return;
    if (replaced) return void setSettled(deck);
    const timer = setTimeout(() => setSettled(deck), delayMs);
    return () => clearTimeout(timer);
  }, [deck, settled, replaced, delayMs]);
  return replaced ? deck : settled;
}
