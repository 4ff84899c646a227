import type { Deck } from '../../../src-shared/deck';
import { ServiceFailure } from '../ports/serviceTypes';
import type { PresentSnapshot, PresentStatus } from '../../../src-shared/ipc/presentChannels';
import {
  deckNavigation,
  initialPresentationState,
  reducePresentation,
  type DeckNavigation,
  type PresentationAction,
  type PresentationState,
} from '../../../src-shared/present';

/** Receives every change of the presentation (the IPC layer broadcasts it as `present:state`). */
export type PresentationListener = (status: PresentStatus) => void;

/**
 * The one presentation state of the app, held in the main process. Both presenting windows send their actions here
 * and both render what it broadcasts, so they never disagree. Plain logic: no windows, no Electron (see
 * presentationSession.ts for the windows), and the clock is injected (`now`, epoch ms).
 */
export interface PresentationService {
  /** Starts presenting `deck` at `fromSlide` (0-based, clamped); the timer starts at `atMs` (default `now()`). */
  start(deck: Deck, fromSlide: number, atMs?: number): PresentSnapshot;
  /** Applies an action; broadcasts only when the state changed. Throws ServiceFailure('not-found') when nothing is presented. */
  dispatch(action: PresentationAction): PresentStatus;
  /** The current snapshot (deck included). */
  snapshot(): PresentSnapshot;
  /** Ends the presentation (no-op when none runs); `lastSlideIndex` keeps the slide last shown. */
  stop(): PresentStatus;
  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe(listener: PresentationListener): () => void;
}

export function createPresentationService(now: () => number = Date.now): PresentationService {
  let deck: Deck | null = null;
  let nav: DeckNavigation = { slides: [] };
  let state: PresentationState | null = null;
  let revision = 0;
  let deckRevision = 0;
  let lastSlideIndex = 0;
  const listeners = new Set<PresentationListener>();

  const status = (): PresentStatus => ({ active: state !== null, state, revision, deckRevision, lastSlideIndex });
  const publish = (): PresentStatus => {
    revision++;
    const current = status();
    for (const listener of [...listeners]) listener(current);
    return current;
  };

  return {
    start(nextDeck, fromSlide, atMs) {
      deck = nextDeck;
      nav = deckNavigation(nextDeck);
      state = initialPresentationState(nextDeck.slides.length, fromSlide, atMs ?? now(), nextDeck.pacing ?? {});
      lastSlideIndex = state.slideIndex;
      deckRevision++;
      publish();
      return { ...status(), deck };
    },
    dispatch(action) {
      if (!state) throw new ServiceFailure('not-found', 'no presentation is running');
      const next = reducePresentation(state, action, nav, now());
      if (next === state) return status();
      state = next;
      lastSlideIndex = next.slideIndex;
      return publish();
    },
    snapshot() {
      return { ...status(), deck };
    },
    stop() {
      if (!state) return status();
      state = null;
      deck = null;
      nav = { slides: [] };
      return publish();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
