/**
 * The app's windows by id ("main" for the editor; "audience-1", "presenter-1" ... while presenting), and the reverse
 * lookup from a webContents, which the IPC gate uses to refuse senders that are not ours.
 */
import type { BrowserWindow } from 'electron';

export interface WindowRegistry {
  add(windowId: string, win: BrowserWindow): void;
  get(windowId: string): BrowserWindow | undefined;
  idOf(webContents: unknown): string | undefined;
  ids(): string[];
  /** Calls `listener(windowId)` after a registered window is closed. */
  onClosed(listener: (windowId: string) => void): () => void;
}

export function createWindowRegistry(): WindowRegistry {
  const byId = new Map<string, BrowserWindow>();
  const byContents = new WeakMap<object, string>();
  const listeners = new Set<(windowId: string) => void>();
  return {
    add(windowId, win) {
      byId.set(windowId, win);
      byContents.set(win.webContents, windowId);
      win.on('closed', () => {
        if (byId.get(windowId) === win) byId.delete(windowId);
        for (const l of [...listeners]) l(windowId);
      });
    },
    get: (windowId) => {
      const win = byId.get(windowId);
      return win && !win.isDestroyed() ? win : undefined;
    },
    idOf: (webContents) => (webContents && typeof webContents === 'object' ? byContents.get(webContents) : undefined),
    ids: () => [...byId.keys()],
    onClosed(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
