import type { Deck } from '../../src-shared/deck';
import type { PresentationState } from '../../src-shared/present';
import { SlideFrame } from '../slideFrame';
import type { PresentKey } from '../../src-shared/present';
import { dispatchPresentation } from './presentCommands';

/**
 * The audience window: the current slide fullscreen with its build state and classification banner (drawn on every
 * slide by the shared renderer), under a black or white screen when one is on. No speaker notes are ever sent to
 * this view's frame.
 */
export function AudienceView({ deck, state, onKey }: { deck: Deck; state: PresentationState; onKey: (key: PresentKey) => void }) {
  const title = deck.slides[state.slideIndex]?.title ?? '';
  return (
    <main className="present-audience" data-blackout={state.blackout} aria-label="Audience view">
      <SlideFrame
        deck={deck}
        slideIndex={state.slideIndex}
        fragment={state.fragmentIndex}
        blackout={state.blackout}
        overview={state.overview}
        mode="audience"
        title={`Slide ${state.slideIndex + 1}: ${title}`}
        onKey={onKey}
        onSelect={(slideIndex) => dispatchPresentation({ type: 'goto', slideIndex })}
      />
    </main>
  );
}
