import type { Deck, Slide } from '../deck';
import { deckWrapperHtml } from './markup/deckWrapper';
import { buildEndnotes } from './markup/endnotes';
import { safeIdToken } from './markup/escapeHtml';
import type { RenderContext } from './markup/renderContext';
import { resolveRenderOptions, type RenderOptions } from './markup/renderOptions';
import { slideSectionHtml } from './slideSection';
import { visibleSlides } from './markup/visibleSlides';
import { resolveSlideLinks } from '../links/slideLinks';

/**
 * Section ids for the rendered slides, unique within the document: the first sources slide is `sources` (the target
 * of every endnote marker: `href="#sources"`, a named route for reveal.js and an internal link in the PDF); every
 * other slide is `slide-<its id, reduced to [A-Za-z0-9_-]>`, with `-2`, `-3` appended on a clash.
 */
export function sectionIds(slides: readonly Slide[]): string[] {
  const used = new Set<string>();
  let sourcesTaken = false;
  return slides.map((slide) => {
    let base = `slide-${safeIdToken(slide.id)}`;
    if (slide.layout === 'sources' && !sourcesTaken) {
      sourcesTaken = true;
      base = 'sources';
    }
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

/**
 * Renders slides one at a time against a whole-deck context (endnote numbers, slide positions, section ids), for
 * thumbnails and previews: `slideHtml(i)` takes an index into `deck.slides` (hidden slides too: a hidden slide that
 * is not rendered in the deck gets no position and no slide number). Build it once per deck change.
 */
export function createSlideRenderer(deck: Deck, options: RenderOptions = {}) {
  const resolved = resolveRenderOptions(options);
  const shown = visibleSlides(deck, resolved);
  const ids = sectionIds(shown);
  const idOf = new Map(shown.map((s, i) => [s, ids[i]]));
  const sourcesIndex = shown.findIndex((s) => s.layout === 'sources');
  const base = {
    deck,
    options: resolved,
    endnotes: buildEndnotes(shown, deck.sources),
    total: shown.length,
    sourcesAnchor: sourcesIndex >= 0 ? ids[sourcesIndex] : undefined,
  };
  const positionOf = new Map(shown.map((s, i) => [s, i + 1]));
  const sectionOf = new Map(shown.map((s, i) => [s.id, ids[i]]));
  return {
    /** The rendered (visible) slides, in order. */
    slides: shown,
    /** One `<section>` for `deck.slides[index]`; throws RangeError for an index outside the deck. */
    slideHtml(index: number): string {
      const slide = deck.slides[index];
      if (!slide) throw new RangeError(`slide index ${index} is outside the deck (0..${deck.slides.length - 1})`);
      const ctx: RenderContext = { ...base, position: positionOf.get(slide) ?? 0 };
      return resolveSlideLinks(slideSectionHtml(slide, idOf.get(slide) ?? `slide-${safeIdToken(slide.id)}`, ctx), sectionOf);
    },
    /** Every rendered slide's `<section>`, in order. */
    sections(): string[] {
      return shown.map((slide, i) => resolveSlideLinks(slideSectionHtml(slide, ids[i], { ...base, position: i + 1 }), sectionOf));
    },
    /** Every rendered slide's `<section>`, concatenated. */
    sectionsHtml(): string {
      return this.sections().join('');
    },
  };
}

/**
 * The deck as reveal.js markup:
 * `<div class="reveal bd-deck bd-theme-<theme>" dir lang><div class="slides"><section>…</section>…</div></div>`.
 * Pure: no DOM, no I/O; every user string escaped. Hidden slides are left out unless `options.includeHidden`;
 * speaker notes are left out when `options.includeNotes === false` (an audience copy).
 */
export function renderDeckHtml(deck: Deck, options: RenderOptions = {}): string {
  return deckWrapperHtml(deck, createSlideRenderer(deck, options).sectionsHtml());
}

/** One slide (`deck.slides[slideIndex]`, hidden or not) as a `<section>`, numbered as in the rendered deck. */
export function renderSlideHtml(deck: Deck, slideIndex: number, options: RenderOptions = {}): string {
  return createSlideRenderer(deck, options).slideHtml(slideIndex);
}
