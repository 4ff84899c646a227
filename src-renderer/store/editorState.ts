import type { StateCreator, StoreApi } from 'zustand';
import type { TemporalState } from 'zundo';
import type { DeckSlice } from './deckSlice';
import type { UiSlice } from './uiSlice';

/** The whole editor store: the document slice (history-tracked) and the UI slice (never undone). */
export interface EditorState extends DeckSlice, UiSlice {
  /** Milliseconds clock used for typing-burst grouping (Date.now; injectable for tests). */
  clock: () => number;
}

/** The part of the state that zundo records: the deck and the label of the command that produced it. */
export interface HistoryEntry {
  deck: EditorState['deck'];
  lastLabel: string;
}

/** A slice creator over the combined store with zundo's `temporal` mutator (zustand "slices pattern"). */
export type SliceCreator<T> = StateCreator<EditorState, [['temporal', StoreApi<TemporalState<HistoryEntry>>]], [], T>;
