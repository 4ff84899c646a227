/**
 * The presenting windows in Electron (thin; not runnable here). The `AppWindows` port (src-main/services/appWindows.ts)
 * calls `createPresentWindow` for `open({ role: 'audience' | 'presenter', ... })`; the presentation session decides
 * what to open and when (src-main/services/presentation). Placement follows `chooseDisplays`: the audience window
 * fullscreen on the external display when there is one (`screen.getAllDisplays()`), else on the editor's display;
 * the presenter view on the primary display. Both windows are secure like every other (`secureWebPreferences`), and
 * main.ts attaches the same navigation, window-open and permission policies to them as to the editor.
 */
import { app, BrowserWindow, screen } from 'electron';
import type { OpenWindowOptions } from '../services/ports/appWindows';
import { boundsOn, chooseDisplays } from '../services/presentation/displayChoice';
import { APP_ENTRY } from './appProtocol';
import { secureWebPreferences } from './secureWebPreferences';

export interface PresentWindowDeps {
  /** Absolute path of out/preload/index.cjs (the presenting views use `window.api` like the editor). */
  preloadPath: string;
  /** The editor window, to find its display (null when it is closed). */
  editor: BrowserWindow | null;
  /**
   * Called with the new window before its page starts loading, e.g. to register it with the window registry so the
   * IPC gate accepts the page's first requests.
   */
  onCreated?: (win: BrowserWindow) => void;
}

/**
 * Creates a presenting window for `options` (role, hash route, fullscreen, preferExternalDisplay) and loads
 * `app://briefdeck/index.html#/present/<role>`. The window is shown when its first paint is ready; a fullscreen
 * window is put on its display first and then made fullscreen there (Electron's `setFullScreen` keeps the display
 * the window is on). Resolves once the page has loaded; rejects if it fails to load.
 */
export async function createPresentWindow(options: OpenWindowOptions, deps: PresentWindowDeps): Promise<BrowserWindow> {
  const primary = screen.getPrimaryDisplay();
  const editorDisplay = deps.editor && !deps.editor.isDestroyed() ? screen.getDisplayMatching(deps.editor.getBounds()) : primary;
  const choice = chooseDisplays(screen.getAllDisplays(), primary.id, editorDisplay.id);
  const display = options.preferExternalDisplay ? choice.audience : choice.presenter;
  const win = new BrowserWindow({
    ...boundsOn(display, false),
    show: false,
    backgroundColor: options.role === 'audience' ? '#000000' : '#1b1c1f',
    autoHideMenuBar: true,
    title: options.role === 'audience' ? 'BriefDeck presentation' : 'BriefDeck presenter view',
    webPreferences: secureWebPreferences(deps.preloadPath, app.isPackaged),
  });
  deps.onCreated?.(win);
  win.once('ready-to-show', () => {
    if (options.fullscreen) {
      win.setBounds(boundsOn(display, true));
      win.setFullScreen(true);
    }
    win.show();
    if (options.role === 'audience' && !choice.separate) win.focus();
  });
  await win.loadURL(`${APP_ENTRY}${options.route.startsWith('#') ? options.route : `#${options.route}`}`);
  return win;
}

/** Closes a presenting window and gives the focus back to the editor (Esc returns to the editor). */
export function closePresentWindow(win: BrowserWindow, editor: BrowserWindow | null): void {
  if (!win.isDestroyed()) win.close();
  if (editor && !editor.isDestroyed()) editor.focus();
}
