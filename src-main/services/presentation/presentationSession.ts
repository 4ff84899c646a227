import type { Deck } from '../../../src-shared/deck';
import type { PresentSnapshot, PresentStatus } from '../../../src-shared/ipc/presentChannels';
import type { AppWindows } from '../ports/appWindows';
import type { PresentationService } from './presentationService';

/** Hash routes of the two presenting views (src-renderer/present). */
export const PRESENT_ROUTES = { audience: '#/present/audience', presenter: '#/present/presenter' } as const;

/** A presentation with its windows: the service's state, broadcast to every app window as `present:state`. */
export interface PresentationSession {
  readonly service: PresentationService;
  /** Starts (or restarts) presenting and opens the presenter and audience windows if they are not open. */
  start(deck: Deck, fromSlide: number, atMs?: number): Promise<PresentSnapshot>;
  /**
   * Ends the presentation and closes both windows. With `overviewFirst` (Esc), an open overview is closed instead and
   * the show goes on.
   */
  stop(options?: { overviewFirst?: boolean }): Promise<PresentStatus>;
}

/**
 * Ties the presentation service to the app's windows (`AppWindows`: Electron BrowserWindows, or pages in the
 * harness). Every change is broadcast to every window. The presenter window opens first and the audience window
 * last, fullscreen and on an external display when there is one, so that on a single screen the audience view is on
 * top. Closing either window (the OS close button) ends the presentation and closes the other.
 */
export function createPresentationSession(service: PresentationService, windows: AppWindows): PresentationSession {
  const open = new Map<'audience' | 'presenter', string>();
  let stopping = false;

  service.subscribe((status) => windows.broadcast('present:state', status));

  async function closeWindows(): Promise<void> {
    const ids = [...open.values()];
    open.clear();
    await Promise.all(ids.map((id) => windows.close(id)));
  }

  async function stop(options: { overviewFirst?: boolean } = {}): Promise<PresentStatus> {
    if (options.overviewFirst && service.snapshot().state?.overview) return service.dispatch({ type: 'overview', value: false });
    stopping = true;
    try {
      const status = service.stop();
      await closeWindows();
      return status;
    } finally {
      stopping = false;
    }
  }

  windows.onClosed((windowId) => {
    const ours = [...open.entries()].find(([, id]) => id === windowId);
    if (!ours || stopping) return;
    open.delete(ours[0]);
    void stop();
  });

  return {
    service,
    async start(deck, fromSlide, atMs) {
      const snapshot = service.start(deck, fromSlide, atMs);
      try {
        if (!open.has('presenter')) {
          open.set('presenter', await windows.open({ role: 'presenter', route: PRESENT_ROUTES.presenter, fullscreen: false, preferExternalDisplay: false }));
        }
        if (!open.has('audience')) {
          open.set('audience', await windows.open({ role: 'audience', route: PRESENT_ROUTES.audience, fullscreen: true, preferExternalDisplay: true }));
        }
      } catch (error) {
        await stop();
        throw error;
      }
      return snapshot;
    },
    stop,
  };
}
