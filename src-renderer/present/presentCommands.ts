import { api } from '../api';
import type { Deck } from '../../src-shared/deck';
import type { PresentationAction } from '../../src-shared/present';

/**
 * Starts presenting `deck` from slide `fromSlide` (0-based deck index): F5 passes 0, Shift+F5 the current slide.
 * Main opens the presenter view and the audience window (fullscreen, on an external display when there is one).
 * Resolves to an error message, or null when the presentation started.
 */
export async function startPresentation(deck: Deck, fromSlide: number): Promise<string | null> {
  const result = await api().startPresentation({ deck, fromSlide, atMs: Date.now() });
  return 'error' in result ? result.error.message : null;
}

/** Sends an action to the one presentation state in main; timer actions carry this window's clock. */
export function dispatchPresentation(action: PresentationAction): void {
  const stamped = action.type === 'timer' && action.atMs === undefined ? { ...action, atMs: Date.now() } : action;
  void api().dispatchPresentation({ action: stamped });
}

/** Ends the presentation (the End show button): main closes both presenting windows and broadcasts the last slide shown. */
export function stopPresentation(): void {
  void api().stopPresentation({});
}

/**
 * Esc while presenting: main closes the overview if its state has it open, else ends the show. Main decides, because
 * this window's copy of the state may not yet hold the overview that O opened a moment ago.
 */
export function escapePresentation(): void {
  void api().stopPresentation({ overviewFirst: true });
}

/**
 * Calls `onEnd(lastSlideIndex)` when a presentation ends (Esc in either window, or a window closed), so the editor
 * can return to the slide last shown. Returns the unsubscribe function.
 */
export function onPresentationEnded(onEnd: (lastSlideIndex: number) => void): () => void {
  let wasActive = false;
  return api().on('present:state', (status) => {
    if (status.active) wasActive = true;
    else if (wasActive) {
      wasActive = false;
      onEnd(status.lastSlideIndex);
    }
  });
}
