import type { PresentationAction } from './presentationActions';
import { elapsedAt, type PresentationState } from './presentationState';
import { nextShown, prevShown, shownSequence, type DeckNavigation } from './deckNavigation';

/** Build steps of slide `index` (0 for an index outside the deck). */
const stepsOf = (nav: DeckNavigation, index: number): number => nav.slides[index]?.fragments ?? 0;

function next(state: PresentationState, nav: DeckNavigation): PresentationState {
  if (state.fragmentIndex < stepsOf(nav, state.slideIndex)) return { ...state, fragmentIndex: state.fragmentIndex + 1 };
  const to = nextShown(nav, state.slideIndex);
  return to < 0 ? state : { ...state, slideIndex: to, fragmentIndex: 0 };
}

function prev(state: PresentationState, nav: DeckNavigation): PresentationState {
  if (state.fragmentIndex > 0) return { ...state, fragmentIndex: state.fragmentIndex - 1 };
  const to = prevShown(nav, state.slideIndex);
  return to < 0 ? state : { ...state, slideIndex: to, fragmentIndex: stepsOf(nav, to) };
}

function goto(state: PresentationState, nav: DeckNavigation, index: number, fragment: number | 'all' | undefined): PresentationState {
  if (nav.slides.length === 0) return state;
  const slideIndex = Math.min(Math.max(0, index), nav.slides.length - 1);
  const steps = stepsOf(nav, slideIndex);
  const fragmentIndex = fragment === 'all' ? steps : Math.min(fragment ?? 0, steps);
  return { ...state, slideIndex, fragmentIndex, overview: false };
}

function timer(state: PresentationState, op: 'start' | 'pause' | 'reset', nowMs: number): PresentationState {
  switch (op) {
    case 'start':
      return state.startedAt !== null ? state : { ...state, startedAt: nowMs, pausedAt: null };
    case 'pause':
      return state.startedAt === null ? state : { ...state, elapsedMs: elapsedAt(state, nowMs), startedAt: null, pausedAt: nowMs };
    case 'reset':
      // A reset keeps the timer running if it was running (it restarts from zero now), and stays paused otherwise.
      return { ...state, elapsedMs: 0, startedAt: state.startedAt !== null ? nowMs : null, pausedAt: null };
  }
}

/**
 * Applies one action to the presentation state. Pure: the deck comes in as its navigation view and the time as
 * `nowMs` (epoch ms; an action's own `atMs` wins for timer actions). Returns the same object when nothing changes.
 * Moving to another slide leaves a black or white screen in place (as PowerPoint does); the overview closes on "go to".
 */
export function reducePresentation(state: PresentationState, action: PresentationAction, nav: DeckNavigation, nowMs: number): PresentationState {
  switch (action.type) {
    case 'next':
      return next(state, nav);
    case 'prev':
      return prev(state, nav);
    case 'first': {
      const first = shownSequence(nav)[0];
      return first === undefined ? state : goto(state, nav, first, 0);
    }
    case 'last': {
      const shown = shownSequence(nav);
      return shown.length === 0 ? state : goto(state, nav, shown[shown.length - 1], 0);
    }
    case 'goto':
      return goto(state, nav, action.slideIndex, action.fragment);
    case 'blackout':
      return { ...state, blackout: state.blackout === 'black' ? 'none' : 'black' };
    case 'whiteout':
      return { ...state, blackout: state.blackout === 'white' ? 'none' : 'white' };
    case 'screen':
      return state.blackout === action.value ? state : { ...state, blackout: action.value };
    case 'overview':
      return { ...state, overview: action.value ?? !state.overview };
    case 'timer':
      return timer(state, action.op, action.atMs ?? nowMs);
    case 'pacing':
      return {
        ...state,
        pacing: {
          ...(action.targetMinutes !== undefined ? { targetMinutes: action.targetMinutes } : {}),
          ...(action.perSlideSeconds !== undefined ? { perSlideSeconds: action.perSlideSeconds } : {}),
        },
      };
  }
}

/**
 * Where a `next` would lead: the position the presenter view shows as "next" (the next build step of this slide, or
 * the next slide that is not hidden), or null at the end of the deck.
 */
export function upcomingPosition(state: PresentationState, nav: DeckNavigation): { slideIndex: number; fragmentIndex: number } | null {
  const after = next(state, nav);
  return after === state ? null : { slideIndex: after.slideIndex, fragmentIndex: after.fragmentIndex };
}
