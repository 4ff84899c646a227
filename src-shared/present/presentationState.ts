/**
 * The one presentation state that the audience view and the presenter view both render. The main process holds it
 * (src-main/services/presentation); every change goes through `reducePresentation`.
 *
 * Times are epoch milliseconds from the clock of whoever applies the action (see `PresentationAction.atMs`).
 */

/** Cover over the audience screen: none, black (B or .), white (W). */
export type ScreenCover = 'none' | 'black' | 'white';

/** A pacing target: a duration for the deck (minutes) or a time per slide (seconds). `perSlideSeconds` wins. */
export interface PacingTarget {
  targetMinutes?: number;
  perSlideSeconds?: number;
}

export interface PresentationState {
  /** Current slide, 0-based deck index (hidden slides count; a hidden slide is current only after "go to"). */
  slideIndex: number;
  /** Build steps shown on the current slide: 0 = none, n = the first n fragments. */
  fragmentIndex: number;
  blackout: ScreenCover;
  /** reveal.js's overview (grid of slides) is open on both views. */
  overview: boolean;
  /** When the timer last started running (epoch ms), or null while it is paused or was never started. */
  startedAt: number | null;
  /** When the timer was paused (epoch ms), or null while it runs or after a reset. */
  pausedAt: number | null;
  /** Time counted before `startedAt` (ms): the total of the earlier running spans. */
  elapsedMs: number;
  pacing: PacingTarget;
}

/**
 * The state at the start of a presentation: at `fromSlide` (clamped into the deck) with no build step shown, the
 * screen uncovered, and the timer running from `nowMs`.
 */
export function initialPresentationState(slideCount: number, fromSlide: number, nowMs: number, pacing: PacingTarget = {}): PresentationState {
  const last = Math.max(0, slideCount - 1);
  return {
    slideIndex: Math.min(Math.max(0, Math.trunc(fromSlide)), last),
    fragmentIndex: 0,
    blackout: 'none',
    overview: false,
    startedAt: nowMs,
    pausedAt: null,
    elapsedMs: 0,
    pacing: { ...pacing },
  };
}

/** Elapsed presenting time at `nowMs`, in ms (never negative). */
export function elapsedAt(state: PresentationState, nowMs: number): number {
  const running = state.startedAt === null ? 0 : Math.max(0, nowMs - state.startedAt);
  return state.elapsedMs + running;
}

/** True while the timer runs. */
export function timerRunning(state: PresentationState): boolean {
  return state.startedAt !== null;
}
