/**
 * The app-windows port over BrowserWindows (window plumbing). Presenting windows are made by
 * `createPresentWindow` (presentWindows.ts: secure web preferences and preload as the editor, the audience window
 * fullscreen on an external display when there is one, the presenter view on the primary display) and closed by
 * `closePresentWindow`, which gives the focus back to the editor (Esc ends the presentation and returns to it).
 * Events are broadcast to every app window.
 */
import type { EventName, EventPayloads } from '../../src-shared/ipc';
import type { AppWindows } from '../services/ports/appWindows';
import { closePresentWindow, createPresentWindow } from './presentWindows';
import type { WindowRegistry } from './windowRegistry';

/**
 * AppWindows over `registry` (the editor is "main"; presenting windows are "audience-1", "presenter-2" ...).
 * `preloadPath`: absolute path of out/preload/index.cjs. `open` rejects when the page fails to load.
 */
export function createElectronWindows(registry: WindowRegistry, preloadPath: string): AppWindows {
  let counter = 0;
  const editor = () => registry.get('main') ?? null;
  return {
    async open(options) {
      const windowId = `${options.role}-${++counter}`;
      await createPresentWindow(options, { preloadPath, editor: editor(), onCreated: (win) => registry.add(windowId, win) });
      return windowId;
    },
    async close(windowId) {
      const win = registry.get(windowId);
      if (win) closePresentWindow(win, editor());
    },
    list: () => registry.ids(),
    broadcast<E extends EventName>(event: E, payload: EventPayloads[E]) {
      for (const id of registry.ids()) {
        const win = registry.get(id);
        if (win && !win.webContents.isDestroyed()) win.webContents.send(event, payload);
      }
    },
    onClosed: (listener) => registry.onClosed(listener),
  };
}
