import type { CitationTarget } from '../../../src-shared/commands';
import type { Citation, Slide } from '../../../src-shared/deck';
import { citationsOfSlide } from '../../../src-shared/sources';

/** The citations currently on `target` of `slide` (the slide's own list, or one bullet's, judgment's or entry's). */
export function citationsAt(slide: Slide, target: CitationTarget): Citation[] {
  if (target.kind === 'slide') return slide.citations;
  if (target.kind === 'judgment' && slide.layout === 'bluf') return slide.judgments[target.index]?.citations ?? [];
  if (target.kind === 'entry' && slide.layout === 'timeline') return slide.entries[target.index]?.citations ?? [];
  if (target.kind === 'bullet') {
    const list = target.list ?? 'bullets';
    if (list === 'bullets' && slide.layout === 'bullets') return slide.bullets[target.index]?.citations ?? [];
    if (list !== 'bullets' && slide.layout === 'two-column') return slide[list].bullets[target.index]?.citations ?? [];
  }
  return [];
}

/** Layouts that carry analytic content and so should cite their sources. */
const CLAIM_LAYOUTS = new Set<Slide['layout']>(['bluf', 'bullets', 'two-column', 'table', 'timeline', 'quote']);

/**
 * True when a slide makes claims (a content layout with some text) but neither it nor any of its items cites a
 * source: the editor then shows a warning.
 */
export function isUncitedClaimSlide(slide: Slide): boolean {
  if (!CLAIM_LAYOUTS.has(slide.layout) || citationsOfSlide(slide).length > 0) return false;
  switch (slide.layout) {
    case 'bluf':
      return slide.bluf.trim() !== '' || slide.judgments.some((j) => j.text.trim() !== '');
    case 'bullets':
      return slide.bullets.some((b) => b.text.trim() !== '');
    case 'two-column':
      return [...slide.left.bullets, ...slide.right.bullets].some((b) => b.text.trim() !== '');
    case 'table':
      return slide.rows.some((r) => r.some((c) => c.trim() !== ''));
    case 'timeline':
      return slide.entries.some((e) => e.event.trim() !== '');
    case 'quote':
      return slide.quote.trim() !== '';
    default:
      return false;
  }
}
