import type { Deck, Layout, Slide, SlideOf } from '../deck';

/** Index of the slide with `id`, or -1. */
export function slideIndexById(deck: Deck, id: string): number {
  return deck.slides.findIndex((s) => s.id === id);
}

/**
 * Replaces the slide `id` with `fn(slide)`. Returns the input deck when there is no such slide or `fn` returns the
 * same slide object (no change).
 */
export function updateSlideById(deck: Deck, id: string, fn: (slide: Slide) => Slide): Deck {
  const i = slideIndexById(deck, id);
  if (i < 0) return deck;
  const next = fn(deck.slides[i]);
  if (next === deck.slides[i]) return deck;
  const slides = deck.slides.slice();
  slides[i] = next;
  return { ...deck, slides };
}

/**
 * Like updateSlideById, for slides of the given layouts only; other slides are left alone (the input deck is
 * returned).
 */
export function updateSlideOfLayout<L extends Layout>(deck: Deck, id: string, layouts: readonly L[], fn: (slide: SlideOf<L>) => SlideOf<L>): Deck {
  return updateSlideById(deck, id, (slide) => ((layouts as readonly Layout[]).includes(slide.layout) ? fn(slide as SlideOf<L>) : slide));
}

/** Clamps `index` into 0..max (an integer; NaN becomes max). */
export function clampIndex(index: number | undefined, max: number): number {
  if (index === undefined || Number.isNaN(index)) return max;
  return Math.max(0, Math.min(max, Math.trunc(index)));
}

/** A copy of `items` with `item` inserted at `index` (clamped). */
export function insertAt<T>(items: readonly T[], index: number | undefined, ...item: T[]): T[] {
  const at = clampIndex(index, items.length);
  return [...items.slice(0, at), ...item, ...items.slice(at)];
}

/** A copy of `items` without the element at `index`; the same array when `index` is out of range. */
export function removeAt<T>(items: readonly T[], index: number): readonly T[] {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) return items;
  return [...items.slice(0, index), ...items.slice(index + 1)];
}

/** A copy of `items` with the element at `index` replaced by `fn(element)`; the same array when out of range. */
export function replaceAt<T>(items: readonly T[], index: number, fn: (item: T) => T): readonly T[] {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) return items;
  const next = fn(items[index]);
  if (next === items[index]) return items;
  const copy = items.slice();
  copy[index] = next;
  return copy;
}
