/**
 * The app-windows port over BrowserWindows (issue 4's window plumbing): presentation windows with the same secure
 * web preferences and preload as the editor, the audience window fullscreen on an external display when there is
 * one, and events broadcast to every app window.
 */
import { BrowserWindow, screen } from 'electron';
import type { EventName, EventPayloads } from '../../src-shared/ipc';
import type { AppWindows } from '../services/appWindows';
import { APP_ENTRY } from './appProtocol';
import { pickPresentationDisplay } from './presentationDisplay';
import { secureWebPreferences } from './secureWebPreferences';
import type { WindowRegistry } from './windowRegistry';

export function createElectronWindows(registry: WindowRegistry, preloadPath: string): AppWindows {
  let counter = 0;
  return {
    async open(options) {
      const windowId = `${options.role}-${++counter}`;
      const editor = registry.get('main');
      const editorDisplay = editor ? screen.getDisplayMatching(editor.getBounds()) : screen.getPrimaryDisplay();
      const display = pickPresentationDisplay(screen.getAllDisplays(), editorDisplay.id, options.preferExternalDisplay) ?? editorDisplay;
      const { x, y, width, height } = display.workArea;
      const win = new BrowserWindow({
        x,
        y,
        width: Math.min(width, 1280),
        height: Math.min(height, 800),
        show: false,
        title: options.role === 'audience' ? 'BriefDeck — Audience' : 'BriefDeck — Presenter View',
        backgroundColor: '#000000',
        autoHideMenuBar: true,
        webPreferences: secureWebPreferences(preloadPath),
      });
      registry.add(windowId, win);
      const route = options.route.startsWith('#') ? options.route : `#${options.route}`;
      await win.loadURL(`${APP_ENTRY}${route}`);
      if (options.fullscreen) win.setFullScreen(true);
      win.show();
      return windowId;
    },
    async close(windowId) {
      const win = registry.get(windowId);
      if (win) win.close();
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
