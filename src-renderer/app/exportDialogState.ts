import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * Whether the export dialog is open: a small zustand store of its own, outside the editor store (never part of undo
 * history), so the menu and the toolbar can open it.
 */
const exportDialog = createStore<{ open: boolean }>(() => ({ open: false }));

/** Opens the export dialog. */
export function openExportDialog(): void {
  exportDialog.setState({ open: true });
}

/** Closes the export dialog. */
export function closeExportDialog(): void {
  exportDialog.setState({ open: false });
}

/** Whether the export dialog is open, for React. */
export function useExportDialogOpen(): boolean {
  return useStore(exportDialog, (s) => s.open);
}
