import { useSyncExternalStore } from 'react';
import type { Deck } from '../../src-shared/deck';

/**
 * Which versions dialog is open: issuing a version, the list of issued versions, or the comparison of version
 * `versionIndex` (0-based) with the deck as it is now, or of another deck file (`other`, named `label`) with it. A tiny external store, so the menu, the toolbar and the export
 * dialog can open it.
 */
export type VersionDialog = { kind: 'issue' } | { kind: 'list' } | { kind: 'compare'; versionIndex: number } | { kind: 'compare-file'; other: Deck; label: string } | null;

let current: VersionDialog = null;
const listeners = new Set<() => void>();

/** Opens a versions dialog (or closes it with null). */
export function showVersionDialog(dialog: VersionDialog): void {
  current = dialog;
  listeners.forEach((l) => l());
}

/** The versions dialog open now, for React. */
export function useVersionDialog(): VersionDialog {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
