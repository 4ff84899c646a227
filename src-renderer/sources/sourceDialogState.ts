import { useSyncExternalStore } from 'react';
import type { Source } from '../../src-shared/deck';
import type { ParagraphReview, SourceDraft } from '../../src-shared/sources/import';

/**
 * Which source dialog is open: the import review (with the file read and the numbering rule's proposal; with
 * `replacing`, of a newer version of that deck source), the source library, the argument-map editor, Generate
 * briefing, or the re-import report (a deck source and its accepted newer version). A tiny external store, so the toolbar, the menu and the dialogs
 * share it; never part of undo history.
 */
export type SourceDialog =
  | { kind: 'import'; draft: SourceDraft; review: ParagraphReview; replacing?: string }
  | { kind: 'library' }
  | { kind: 'map'; sourceId?: string }
  | { kind: 'generate'; sourceId?: string }
  | { kind: 'reimport'; sourceId: string; next: Source }
  | null;

let current: SourceDialog = null;
const listeners = new Set<() => void>();

/** Opens `dialog` (replacing any open source dialog), or closes with null. */
export function setSourceDialog(dialog: SourceDialog): void {
  current = dialog;
  listeners.forEach((l) => l());
}

/** The open source dialog, for React. */
export function useSourceDialog(): SourceDialog {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
