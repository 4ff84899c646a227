import type { Slide } from '../deck';

/**
 * The number of fragments (build steps) a slide's markup carries: the items with `fragment: true` that the renderer
 * marks `class="fragment"` (bullets, both columns' bullets, key judgments, timeline entries). Every fragment has its
 * own step (BriefDeck never sets reveal.js `data-fragment-index`, so no two fragments appear together).
 */
export function fragmentCount(slide: Slide): number {
  const flagged = (items: readonly { fragment?: boolean }[]) => items.filter((i) => i.fragment === true).length;
  switch (slide.layout) {
    case 'bullets': return flagged(slide.bullets);
    case 'two-column': return flagged(slide.left.bullets) + flagged(slide.right.bullets);
    case 'bluf': return flagged(slide.judgments);
    case 'timeline': return flagged(slide.entries);
    default: return 0;
  }
}

/**
 * The build states printed for a slide, as counts of fragments shown: 'final' prints `[n]` (the finished slide, every
 * fragment shown); 'steps' prints `[0, 1, …, n]` — the slide before any fragment, then one more fragment per page,
 * which is what reveal.js's print view does with `pdfSeparateFragments: true` (js/controllers/printview.js: the
 * original page with every fragment hidden, then one cloned page per fragment group). A slide without fragments prints
 * once either way.
 */
export function buildStatesOf(slide: Slide, builds: 'final' | 'steps'): number[] {
  const n = fragmentCount(slide);
  if (builds === 'final' || n === 0) return [n];
  return Array.from({ length: n + 1 }, (_, i) => i);
}
