/**
 * The presentation part of the IPC contract: `present:*` invoke channels and the `present:state` event.
 * The core contract (`channels.ts`, `contract.ts`, `events.ts`) composes the four exports below. Handlers:
 * `src-main/services/presentHandlers.ts` over `src-main/services/presentation/` (one presentation state in main).
 *
 * Flow: the editor calls `startPresentation({ deck, fromSlide })`; main opens the presenter and audience windows
 * (routes `#/present/presenter`, `#/present/audience`). Each window reads `getPresentationState()` once, then follows
 * `present:state`. Keys in either window become `dispatchPresentation({ action })`; main applies the action to the one
 * state and broadcasts it to every window. Esc calls `stopPresentation()`: main closes both windows and broadcasts
 * `{ active: false, lastSlideIndex }`, and the editor returns to that slide.
 *
 * Names and types only (no zod), so that the sandboxed preload bundles no schemas; the request schemas are in
 * presentRequests.ts.
 */
import type { Deck } from '../deck';
import type { PresentationState } from '../present/presentationState';

/** `present:*` channel -> `window.api` method name. */
export const PRESENT_INVOKE_METHODS = {
  /** { deck, fromSlide, atMs? } -> PresentSnapshot (opens the presenter and audience windows) */
  'present:start': 'startPresentation',
  /** { action } -> PresentStatus (the action applied to the one state; broadcast as `present:state`) */
  'present:dispatch': 'dispatchPresentation',
  /** {} -> PresentSnapshot (the deck and state; `active: false` when nothing is presented) */
  'present:getState': 'getPresentationState',
  /** {} -> PresentStatus (closes both windows; `lastSlideIndex` is where the editor returns) */
  'present:stop': 'stopPresentation',
} as const;

/**
 * Where the presentation stands. `revision` grows with every change; `deckRevision` with every `present:start`
 * (a view whose deck is older calls `getPresentationState()` for the new deck). `lastSlideIndex` is the slide last
 * shown (the editor returns to it when the presentation ends).
 */
export interface PresentStatus {
  active: boolean;
  state: PresentationState | null;
  revision: number;
  deckRevision: number;
  lastSlideIndex: number;
}

/** A status with the deck being presented (null when nothing is presented). */
export interface PresentSnapshot extends PresentStatus {
  deck: Deck | null;
}

/** `present:*` channel -> success response (plain, structured-clone safe data). */
export interface PresentInvokeResponses {
  'present:start': PresentSnapshot;
  'present:dispatch': PresentStatus;
  'present:getState': PresentSnapshot;
  'present:stop': PresentStatus;
}

/** Presentation events (main -> every app window). */
export interface PresentEventPayloads {
  /** The one presentation state, after every change (the deck is not repeated: see `deckRevision`). */
  'present:state': PresentStatus;
}

/** Event names of PresentEventPayloads, for the preload's subscription allow-list. */
export const PRESENT_EVENTS = ['present:state'] as const satisfies readonly (keyof PresentEventPayloads)[];
