import type { Deck, Slide } from '../../src-shared/deck';
import { createSlideRenderer, slideCitations, type RenderOptions } from '../../src-shared/render';
import { FRAME_RENDER_OPTIONS } from '../slideFrame/useFrameSections';

/** The editor's preview: the slide frame's sections, with each editable text marked for editing on the slide. */
export const PREVIEW_RENDER_OPTIONS: RenderOptions = { ...FRAME_RENDER_OPTIONS, fieldPaths: true };

/** The slide sections of the previous call, kept to re-render only what changed. */
export interface DeckSections {
  deck: Deck;
  /** One `<section>` per deck slide (hidden slides included), in deck order: what the slide frame shows. */
  sections: string[];
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
  // Review comments are never drawn on a slide: adding one re-renders nothing.
  for (const key of keys) if (key !== 'slides' && key !== 'comments' && (prev as Record<string, unknown>)[key] !== (next as Record<string, unknown>)[key]) return null;
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

/**
 * The slide frame's sections for `deck`, equal to `createSlideRenderer(deck, options).sections()`,
 * re-rendering only the changed slides when `prev` allows it (a keystroke in a 300-slide deck renders one slide,
 * not 300). Pure; returns a new cache object whose `sections` array is new whenever a section changed.
 */
export function updateDeckSections(prev: DeckSections | null, deck: Deck, options: RenderOptions = FRAME_RENDER_OPTIONS): DeckSections {
  if (prev && prev.deck === deck) return prev;
  const changed = prev ? changedSlideIndices(prev.deck, deck) : null;
  const renderer = createSlideRenderer(deck, options);
  if (changed && prev) {
    const sections = prev.sections.slice();
    for (const i of changed) sections[i] = renderer.slideHtml(i);
    return { deck, sections };
  }
  return { deck, sections: renderer.sections() };
}
