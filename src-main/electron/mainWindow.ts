/**
 * The editor window: secure web preferences, remembered size and position, the close guard (unsaved changes ask
 * first), and a deck path to open once the page has loaded.
 */
import { app, BrowserWindow, screen } from 'electron';
import type { Dialogs } from '../services/ports/dialogs';
import { APP_ENTRY } from './appProtocol';
import { decideClose } from './closeGuard';
import type { ElectronShell } from './electronShell';
import { secureWebPreferences } from './secureWebPreferences';
import { fitWindowState, loadWindowState, saveWindowState, type WindowState } from './windowState';
import type { WindowRegistry } from './windowRegistry';

export interface MainWindowOptions {
  preloadPath: string;
  windowStateFile: string;
  registry: WindowRegistry;
  shell: ElectronShell;
  dialogs: Dialogs;
  /** Runs once the page has loaded (e.g. send the command-line deck path). */
  onLoaded?: (win: BrowserWindow) => void;
}

function currentState(win: BrowserWindow): WindowState {
  const b = win.getNormalBounds();
  return { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
}

export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const saved = fitWindowState(await loadWindowState(options.windowStateFile), screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    width: saved.width,
    height: saved.height,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'BriefDeck',
    webPreferences: secureWebPreferences(options.preloadPath, app.isPackaged),
  });
  options.registry.add('main', win);
  if (saved.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  win.on('close', (event) => {
    void saveWindowState(options.windowStateFile, currentState(win)).catch(() => undefined);
    if (options.shell.closeAllowed('main') || !options.shell.isDirty('main')) {
      for (const id of options.registry.ids()) if (id !== 'main') options.registry.get(id)?.close();
      return;
    }
    event.preventDefault();
    void decideClose(true, 'main', options.dialogs, win.getTitle().replace(/^• /, '').replace(/ — BriefDeck$/, '')).then((decision) => {
      if (decision === 'close') options.shell.closeWindow('main');
      else if (decision === 'save-then-close' && !win.isDestroyed()) win.webContents.send('menu:command', { command: 'save-and-close' });
    });
  });

  win.webContents.once('did-finish-load', () => options.onLoaded?.(win));
  await win.loadURL(APP_ENTRY);
  return win;
}
