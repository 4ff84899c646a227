import type { RevealApi } from 'reveal.js';

/**
 * Number of build steps on a slide: the distinct `data-fragment-index` values of its `.fragment` elements (reveal.js
 * numbers fragments 0..n-1 on sync, and fragments that share an index appear together as one step).
 */
export function fragmentSteps(slide: HTMLElement): number {
  const indices = new Set<string>();
  slide.querySelectorAll<HTMLElement>('.fragment').forEach((el, i) => indices.add(el.dataset.fragmentIndex ?? `auto-${i}`));
  return indices.size;
}

/**
 * Shows the first `steps` build steps of the current slide (`'all'`: every step; 0: none), using reveal.js's
 * `navigateFragment(index)`, where index is the last step to show (-1 hides them all).
 */
export function showFragments(reveal: RevealApi, slide: HTMLElement, steps: number | 'all'): void {
  const total = fragmentSteps(slide);
  if (total === 0) return;
  const shown = steps === 'all' ? total : Math.min(steps, total);
  reveal.navigateFragment(shown - 1);
}
