import type { Slide } from '../../../src-shared/deck';
import { citationsOfSlide } from '../../../src-shared/sources';

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
