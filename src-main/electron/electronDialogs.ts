/** The dialogs port over Electron's `dialog` module, each dialog modal to the calling window when it is open. */
import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../services/ports/dialogs';

export function createElectronDialogs(windowOf: (windowId: string) => BrowserWindow | undefined): Dialogs {
  return {
    async showOpen(windowId, options) {
      const win = windowOf(windowId);
      const opts = { title: options.title, filters: options.filters, properties: ['openFile' as const] };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
    },
    async showSave(windowId, options) {
      const win = windowOf(windowId);
      const opts = { title: options.title, defaultPath: options.defaultPath, filters: options.filters, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async confirm(windowId, options) {
      const win = windowOf(windowId);
      const opts = { type: 'question' as const, message: options.message, detail: options.detail, buttons: options.buttons, defaultId: options.defaultId, cancelId: options.cancelId, noLink: true };
      const r = win ? await dialog.showMessageBox(win, opts) : await dialog.showMessageBox(opts);
      return r.response;
    },
  };
}
