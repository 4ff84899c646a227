/**
 * The app-shell port over BrowserWindows: the window title, the unsaved-changes flag (macOS document-edited dot, and
 * the close guard), the undo labels (the native Edit menu is rebuilt), and closing without asking again.
 */
import type { AppShell, UndoLabels } from '../services/ports/appShell';
import type { WindowRegistry } from './windowRegistry';

export interface ElectronShell extends AppShell {
  isDirty(windowId: string): boolean;
  /** True once the renderer asked to close (after saving or discarding): the close guard lets the window go. */
  closeAllowed(windowId: string): boolean;
  allowClose(windowId: string): void;
  undoLabels(windowId: string): UndoLabels;
}

/** `onMenuChange` is called when the Edit menu's labels or the title (after open/save: the recent list) change. */
export function createElectronShell(registry: WindowRegistry, onMenuChange: () => void): ElectronShell {
  const dirty = new Map<string, boolean>();
  const labels = new Map<string, UndoLabels>();
  const allowed = new Set<string>();
  registry.onClosed((id) => {
    dirty.delete(id);
    labels.delete(id);
    allowed.delete(id);
  });
  return {
    setTitle(windowId, title) {
      registry.get(windowId)?.setTitle(title || 'BriefDeck');
      onMenuChange();
    },
    setDirty(windowId, value) {
      dirty.set(windowId, value);
      registry.get(windowId)?.setDocumentEdited(value);
    },
    setUndoLabels(windowId, value) {
      labels.set(windowId, { ...value });
      onMenuChange();
    },
    closeWindow(windowId) {
      allowed.add(windowId);
      registry.get(windowId)?.close();
    },
    isDirty: (windowId) => dirty.get(windowId) === true,
    closeAllowed: (windowId) => allowed.has(windowId),
    allowClose: (windowId) => void allowed.add(windowId),
    undoLabels: (windowId) => labels.get(windowId) ?? {},
  };
}
