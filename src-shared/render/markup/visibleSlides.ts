import type { Deck, Slide } from '../../deck';
import type { RenderOptions } from './renderOptions';

/**
 * The slides that a render or export shows, in deck order: every slide that is not hidden, plus hidden slides when
 * `options.includeHidden` is true. The slide objects are the deck's own (not copies); do not mutate them.
 */
export function visibleSlides(deck: Deck, options: RenderOptions = {}): Slide[] {
  return options.includeHidden === true ? deck.slides.slice() : deck.slides.filter((slide) => !slide.hidden);
}
