import { fragmentCount, type Deck } from '../deck';

/** What presenting needs to know about one slide: whether it is a hidden (backup) slide, and its build steps. */
export interface NavSlide {
  hidden: boolean;
  /** Number of build steps (fragments revealed one at a time); 0 when the slide has none. */
  fragments: number;
}

/** The deck as presenting sees it: one entry per deck slide, in deck order (indices are deck indices). */
export interface DeckNavigation {
  slides: NavSlide[];
}

/** Builds the navigation view of a deck (O(slides)). */
export function deckNavigation(deck: Pick<Deck, 'slides'>): DeckNavigation {
  return { slides: deck.slides.map((slide) => ({ hidden: slide.hidden === true, fragments: fragmentCount(slide) })) };
}

/** Deck index of the next slide that is not hidden after `from`, or -1 when there is none. */
export function nextShown(nav: DeckNavigation, from: number): number {
  for (let i = from + 1; i < nav.slides.length; i++) if (!nav.slides[i].hidden) return i;
  return -1;
}

/** Deck index of the previous slide that is not hidden before `from`, or -1 when there is none. */
export function prevShown(nav: DeckNavigation, from: number): number {
  for (let i = Math.min(from, nav.slides.length) - 1; i >= 0; i--) if (!nav.slides[i].hidden) return i;
  return -1;
}

/** Deck indices of the slides shown in sequence (not hidden), in order. */
export function shownSequence(nav: DeckNavigation): number[] {
  const out: number[] = [];
  nav.slides.forEach((slide, i) => {
    if (!slide.hidden) out.push(i);
  });
  return out;
}
