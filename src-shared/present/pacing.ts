import { shownSequence, type DeckNavigation } from './deckNavigation';
import { elapsedAt, type PresentationState } from './presentationState';

/** Where the speaker stands against the pacing target. */
export interface PacingStatus {
  /** 'none' when no target is set (or the deck shows no slide). */
  status: 'none' | 'ahead' | 'behind' | 'on-time';
  /** Seconds allowed per shown slide (the per-slide target, or the deck target over the shown slides). */
  perSlideSeconds: number;
  /** Deck index of the slide the schedule expects now (hidden slides are not scheduled). */
  expectedSlide: number;
  /** 1-based position of that slide among the shown slides (what "slide n" reads on the schedule). */
  expectedPosition: number;
  /** Seconds ahead of the schedule (> 0), or 0 when on time or behind. */
  aheadBySeconds: number;
  /** Seconds behind the schedule (> 0), or 0 when on time or ahead. */
  behindBySeconds: number;
  /** Seconds left of the deck's total time (target minutes, or per-slide seconds × shown slides); may go negative. */
  remainingSeconds: number;
}

/**
 * Pacing of the talk at `nowMs` (epoch ms; pass the clock in, tests pass a fake one). Each shown slide gets an equal
 * share of time: `perSlideSeconds`, or `targetMinutes × 60 / shown slides`. The current slide's window on that
 * schedule runs from `p × share` to `(p + 1) × share` (p = its 0-based position among shown slides; a hidden slide
 * reached by "go to" counts as the shown slide before it). Elapsed time before the window = ahead; after = behind.
 */
export function pacingStatus(state: PresentationState, nowMs: number, nav: DeckNavigation): PacingStatus {
  const shown = shownSequence(nav);
  const { targetMinutes, perSlideSeconds } = state.pacing;
  const share = perSlideSeconds && perSlideSeconds > 0 ? perSlideSeconds : targetMinutes && targetMinutes > 0 && shown.length > 0 ? (targetMinutes * 60) / shown.length : 0;
  const elapsed = elapsedAt(state, nowMs) / 1000;
  if (share <= 0 || shown.length === 0) {
    return { status: 'none', perSlideSeconds: 0, expectedSlide: state.slideIndex, expectedPosition: 0, aheadBySeconds: 0, behindBySeconds: 0, remainingSeconds: 0 };
  }
  const expectedPos = Math.min(shown.length - 1, Math.floor(elapsed / share));
  let position = 0;
  shown.forEach((index, pos) => {
    if (index <= state.slideIndex) position = pos;
  });
  const windowStart = position * share;
  const windowEnd = (position + 1) * share;
  const ahead = elapsed < windowStart ? windowStart - elapsed : 0;
  const behind = elapsed > windowEnd ? elapsed - windowEnd : 0;
  return {
    status: ahead > 0 ? 'ahead' : behind > 0 ? 'behind' : 'on-time',
    perSlideSeconds: share,
    expectedSlide: shown[expectedPos],
    expectedPosition: expectedPos + 1,
    aheadBySeconds: ahead,
    behindBySeconds: behind,
    remainingSeconds: share * shown.length - elapsed,
  };
}
