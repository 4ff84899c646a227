import { useSyncExternalStore } from 'react';

/** Whether the export dialog is open (a tiny external store, so the menu and the toolbar can open it). */
let open = false;
const listeners = new Set<() => void>();

export function openExportDialog(): void {
  open = true;
  listeners.forEach((l) => l());
}

export function closeExportDialog(): void {
  open = false;
  listeners.forEach((l) => l());
}

export function useExportDialogOpen(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => open,
  );
}
