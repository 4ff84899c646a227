/**
 * The app-shell port: what the renderer tells main about its window (title, unsaved changes, undo labels for the
 * native Edit menu) and the request to close it. Electron implements it over BrowserWindow and the menu
 * (src-main/electron/electronShell.ts); `createMemoryShell` keeps the state for the harness and unit tests.
 */

export interface UndoLabels {
  /** e.g. "Move slide"; absent when there is nothing to undo. */
  undo?: string;
  redo?: string;
}

/** Per-window shell state, as last set by the renderer. */
export interface WindowShellState {
  title: string;
  dirty: boolean;
  undoLabels: UndoLabels;
  closed: boolean;
}

export interface AppShell {
  setTitle(windowId: string, title: string): void;
  setDirty(windowId: string, dirty: boolean): void;
  setUndoLabels(windowId: string, labels: UndoLabels): void;
  /** Closes the window without asking again (the renderer already saved or the user chose to discard). */
  closeWindow(windowId: string): void;
}

/** An in-memory shell: records each window's state; `onClose` lets the harness close the page. */
export function createMemoryShell(onClose?: (windowId: string) => void): AppShell & { state(windowId: string): WindowShellState } {
  const windows = new Map<string, WindowShellState>();
  const get = (id: string): WindowShellState => {
    let s = windows.get(id);
    if (!s) windows.set(id, (s = { title: '', dirty: false, undoLabels: {}, closed: false }));
    return s;
  };
  return {
    setTitle: (id, title) => void (get(id).title = title),
    setDirty: (id, dirty) => void (get(id).dirty = dirty),
    setUndoLabels: (id, labels) => void (get(id).undoLabels = { ...labels }),
    closeWindow: (id) => {
      get(id).closed = true;
      onClose?.(id);
    },
    state: (id) => ({ ...get(id), undoLabels: { ...get(id).undoLabels } }),
  };
}
