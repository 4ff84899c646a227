import type { TemporalState } from 'zundo';
import type { EditorState, HistoryEntry } from './editorState';

/** At most this many undo steps are kept (older ones are dropped first). */
export const HISTORY_LIMIT = 200;

/** zundo options: record only the document (partialize), and only when the deck object changed (equality). */
export const historyOptions = {
  partialize: (state: EditorState): HistoryEntry => ({ deck: state.deck, lastLabel: state.lastLabel }),
  equality: (a: HistoryEntry, b: HistoryEntry): boolean => a.deck === b.deck,
  limit: HISTORY_LIMIT,
};

/** Undo/redo menu labels: null when there is nothing to undo/redo. Shape matches `app:setUndoLabels`. */
export interface UndoLabels {
  undo: string | null;
  redo: string | null;
}

/**
 * The labels for Edit > Undo / Redo: the undo label is the label of the command that produced the current deck;
 * the redo label is the label stored with the next future state.
 */
export function undoLabels(state: Pick<EditorState, 'lastLabel'>, history: TemporalState<HistoryEntry>): UndoLabels {
  const next = history.futureStates[history.futureStates.length - 1];
  return {
    undo: history.pastStates.length > 0 ? state.lastLabel || 'Edit' : null,
    redo: next ? next.lastLabel || 'Edit' : null,
  };
}
