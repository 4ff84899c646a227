import type { Slide } from './slide';

/**
 * The number of fragments (build steps) a slide carries: the items with `fragment: true` that the renderer marks
 * `class="fragment"` (bullets, both columns' bullets, key judgments, timeline entries). Every fragment has its own
 * step (BriefDeck never sets reveal.js `data-fragment-index`, so no two fragments appear together). Used by the
 * print plan, the PDF outline and presenting, so they count the same steps.
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
