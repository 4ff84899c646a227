import { useMemo } from 'react';
import type { Deck } from '../../src-shared/deck';
import { deckNavigation, upcomingPosition, type PresentKey, type PresentationState } from '../../src-shared/present';
import { SlideFrame } from '../slideFrame';
import { PacingPanel } from './PacingPanel';
import { SlideStrip } from './SlideStrip';
import { SpeakerNotes } from './SpeakerNotes';
import { TimerPanel } from './TimerPanel';
import { useClock } from './useClock';
import { dispatchPresentation, stopPresentation } from './presentCommands';

interface PresenterViewProps {
  deck: Deck;
  state: PresentationState;
  onKey: (key: PresentKey) => void;
  /** Digits typed so far for "number then Enter". */
  digits: string;
}

/**
 * The presenter view: the current slide with its build state, the next step (the next build of this slide, or the
 * next slide that is not hidden), speaker notes with a font-size control, elapsed time (start, pause, reset), the
 * clock, "Slide n of N", pacing against a target, and a slide strip to jump to any slide.
 */
export function PresenterView({ deck, state, onKey, digits }: PresenterViewProps) {
  const nav = useMemo(() => deckNavigation(deck), [deck]);
  const now = useClock();
  const upcoming = upcomingPosition(state, nav);
  const slide = deck.slides[state.slideIndex];
  const steps = nav.slides[state.slideIndex]?.fragments ?? 0;
  return (
    <main className="present-presenter" aria-label="Presenter view" dir="ltr">
      <header className="pv-header">
        <div className="pv-position" data-testid="position">
          Slide {state.slideIndex + 1} of {deck.slides.length}
          {steps > 0 && <span className="pv-builds"> · build {state.fragmentIndex} of {steps}</span>}
          {slide?.hidden && <span className="pv-badge">hidden slide</span>}
          {state.blackout !== 'none' && <span className="pv-badge pv-badge-screen">{state.blackout === 'black' ? 'Black screen' : 'White screen'}</span>}
        </div>
        {digits !== '' && <div className="pv-goto" role="status">Go to slide {digits}…</div>}
        <TimerPanel state={state} now={now} lang={deck.language} />
        <button type="button" className="pv-end" onMouseDown={(e) => e.preventDefault()} onClick={stopPresentation}>End show (Esc)</button>
      </header>
      <section className="pv-current" aria-label="Current slide">
        <SlideFrame
          deck={deck}
          slideIndex={state.slideIndex}
          fragment={state.fragmentIndex}
          overview={state.overview}
          mode="presenter-current"
          title="Current slide"
          onKey={onKey}
          onSelect={(slideIndex) => dispatchPresentation({ type: 'goto', slideIndex })}
        />
      </section>
      <aside className="pv-side">
        <section className="pv-next" aria-label="Next">
          <div className="pv-label">{upcoming && upcoming.slideIndex === state.slideIndex ? 'Next build' : 'Next slide'}</div>
          <div className="pv-next-frame">
            {upcoming ? (
              <SlideFrame deck={deck} slideIndex={upcoming.slideIndex} fragment={upcoming.fragmentIndex} mode="presenter-next" title="Next slide" onKey={onKey} />
            ) : (
              <div className="pv-end-of-deck">End of presentation</div>
            )}
          </div>
        </section>
        <PacingPanel state={state} nav={nav} now={now} />
        <SpeakerNotes notes={slide?.notes ?? ''} dir={deck.direction} lang={deck.language} />
      </aside>
      <SlideStrip deck={deck} current={state.slideIndex} />
    </main>
  );
}
