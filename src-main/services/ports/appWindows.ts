/**
 * The app-windows port: window plumbing for presenting. present handlers open the audience and
 * presenter windows through it and keep them in step with `broadcast`. Electron implements it with BrowserWindows
 * (fullscreen on an external display when there is one: `screen.getAllDisplays()`), the harness with new pages of
 * the same browser context, bound to the same handler table.
 */
import type { EventName, EventPayloads } from '../../../src-shared/ipc';

export interface OpenWindowOptions {
  /** What the window shows; also its id prefix ("audience-1"). */
  role: 'audience' | 'presenter';
  /** Hash route of the renderer to load, e.g. "#/present/audience". */
  route: string;
  /** Electron: `setFullScreen(true)`. Ignored by the harness. */
  fullscreen: boolean;
  /** Electron: put the window on a display other than the main window's when there is one. */
  preferExternalDisplay: boolean;
}

export interface AppWindows {
  /** Opens a window of the app showing `route`; resolves to its window id once its page has loaded. */
  open(options: OpenWindowOptions): Promise<string>;
  /** Closes a window opened with `open` (no-op for an unknown id). */
  close(windowId: string): Promise<void>;
  /** Ids of the open app windows, the main window ("main") included. */
  list(): string[];
  /** Sends an event to every open app window. */
  broadcast<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /** Calls `listener` when any app window closes (the user pressed the close button, or Esc closed it). */
  onClosed(listener: (windowId: string) => void): () => void;
}

/** An AppWindows for contexts without windows (CLI, unit tests): `open` throws, `list` is ["main"]. */
export function createNoWindows(): AppWindows {
  return {
    open: async () => {
      throw new Error('this host cannot open windows');
    },
    close: async () => undefined,
    list: () => ['main'],
    broadcast: () => undefined,
    onClosed: () => () => undefined,
  };
}
