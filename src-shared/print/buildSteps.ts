import { fragmentCount, type Slide } from '../deck';

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
