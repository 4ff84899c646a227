import type { Deck, Slide } from '../../src-shared/deck';
import { createSlideRenderer, renderDeckHtml, slideCitations } from '../../src-shared/render';

/** The options of the slide frame's markup (helper F's `useFrameHtml`): hidden slides in, no speaker notes. */
const FRAME_OPTIONS = { includeHidden: true, includeNotes: false } as const;

/** The deck markup of the previous call, kept to re-render only what changed. */
export interface DeckHtml {
  deck: Deck;
  /** One `<section>` per deck slide (hidden slides included), in deck order. */
  sections: string[];
  /** `renderDeckHtml(deck, FRAME_OPTIONS)`: what the slide frame shows. */
  html: string;
}

const citationKey = (slide: Slide): string => JSON.stringify(slideCitations(slide));

/**
 * Indices of the slides that changed between `prev` and `next`, when ONLY slide content changed in a way that
 * leaves every other slide's markup as it was: same deck-level fields (by identity), same slide count, and each
 * changed slide keeps its id, layout, hidden flag and citations (so slide numbers, section ids and endnote numbers
 * stay put). Null when anything else changed (then everything is re-rendered).
 */
export function changedSlideIndices(prev: Deck, next: Deck): number[] | null {
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(prev).length) return null;
  for (const key of keys) if (key !== 'slides' && (prev as Record<string, unknown>)[key] !== (next as Record<string, unknown>)[key]) return null;
  if (prev.slides.length !== next.slides.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < next.slides.length; i++) {
    const a = prev.slides[i];
    const b = next.slides[i];
    if (a === b) continue;
    if (a.id !== b.id || a.layout !== b.layout || a.hidden !== b.hidden || citationKey(a) !== citationKey(b)) return null;
    changed.push(i);
  }
  return changed;
}

/** The wrapper around the sections, from B's renderer itself (so that it never drifts from `renderDeckHtml`). */
function wrapperOf(deck: Deck): [string, string] | null {
  const empty = renderDeckHtml({ ...deck, slides: [] }, FRAME_OPTIONS);
  const close = '</div></div>';
  return empty.endsWith(close) ? [empty.slice(0, -close.length), close] : null;
}

/**
 * The slide frame's markup for `deck`, equal to `renderDeckHtml(deck, {includeHidden: true, includeNotes: false})`,
 * re-rendering only the changed slides when `prev` allows it (a keystroke in a 300-slide deck renders one slide,
 * not 300). Pure; returns a new cache object.
 */
export function updateDeckHtml(prev: DeckHtml | null, deck: Deck): DeckHtml {
  if (prev && prev.deck === deck) return prev;
  const wrapper = wrapperOf(deck);
  const changed = prev && wrapper ? changedSlideIndices(prev.deck, deck) : null;
  const renderer = createSlideRenderer(deck, FRAME_OPTIONS);
  let sections: string[];
  if (changed && prev) {
    sections = prev.sections.slice();
    for (const i of changed) sections[i] = renderer.slideHtml(i);
  } else {
    sections = deck.slides.map((_, i) => renderer.slideHtml(i));
  }
  const html = wrapper ? wrapper[0] + sections.join('') + wrapper[1] : renderDeckHtml(deck, FRAME_OPTIONS);
  return { deck, sections, html };
}
