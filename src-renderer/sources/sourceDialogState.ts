import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Source } from '../../src-shared/deck';
import type { ParagraphReview, SourceDraft } from '../../src-shared/sources/import';

/**
 * Which source dialog is open: the import review (with the file read and the numbering rule's proposal; with
 * `replacing`, of a newer version of that deck source), the source library, the argument-map editor, Generate
 * briefing, or the re-import report (a deck source and its accepted newer version). A small zustand store of its
 * own, outside the editor store, so the toolbar, the menu and the dialogs share it and it is never part of undo history.
 */
export type SourceDialog =
  | { kind: 'import'; draft: SourceDraft; review: ParagraphReview; replacing?: string }
  | { kind: 'library' }
  | { kind: 'map'; sourceId?: string }
  | { kind: 'generate'; sourceId?: string }
  | { kind: 'reimport'; sourceId: string; next: Source }
  | null;

const dialogs = createStore<{ open: SourceDialog }>(() => ({ open: null }));

/** Opens `dialog` (replacing any open source dialog), or closes with null. */
export function setSourceDialog(dialog: SourceDialog): void {
  dialogs.setState({ open: dialog });
}

/** The open source dialog, for React. */
export function useSourceDialog(): SourceDialog {
  return useStore(dialogs, (s) => s.open);
}
