/**
 * The editor store: ONE zustand store made of two slices, with zundo history over the document only.
 *
 * Public API (import from 'src-renderer/store'):
 *
 *   editorStore                      the app's vanilla store instance (getState / setState / subscribe / temporal)
 *   useEditor(selector)              React hook; pass a narrow selector (use `useShallow` for derived arrays)
 *   useUndoLabels()                  { undo: string | null, redo: string | null } for buttons and the menu
 *   createEditorStore({clock?})      a fresh store (tests)
 *
 * deckSlice (recorded by history):
 *   deck: Deck | null                the open deck; null = the gallery is shown
 *   lastLabel: string                label of the command that produced `deck`
 *   savedDeck, file {path, hash, readOnly}
 *   dispatch(command, args, {mergeKey?}) -> Deck
 *       applies a pure command `{name, label, perform(deck, args)}` from src-shared/commands. Same-object result =
 *       no-op (no history entry). Dispatches with the same `mergeKey` (convention: `slide:<id>:<field>`, e.g.
 *       `slide:s3:title`, `slide:s3:bullets.2.text`, `deck:title`, `slide:s3:notes`) less than MERGE_WINDOW_MS
 *       (1000 ms) apart are ONE undo step: use it for every keystroke-driven field edit. Throws if no deck is open
 *       or if the command throws (the deck is then unchanged).
 *   loadDeck(deck, file?, {dirty?})  show a deck (new or opened): clears history; selects the first slide
 *   markSaved(file, savedDeck?)      after deck:save / saveAs succeeded
 *   closeDeck()                      back to the gallery
 *   undo() / redo()                  one document step; selection is pruned, never restored
 *
 * uiSlice (never undone):
 *   selectedIds, focusedId, anchorId selectSlide(id, 'replace' | 'toggle' | 'range'), setSelection(ids, focus?),
 *                                    selectAll(), pruneSelection(prevDeck?)
 *   panels {slides, inspector, notes, settings, preview, tradecraft, sources, coverage} setPanel(name, open?)
 *   alert {id, kind, message} | null showAlert(kind, message) -> id, dismissAlert(id?)
 *   panels.sources, panels.coverage  the Source panel and its Coverage tab
 *   currentStatement {slideId, target} | null   setCurrentStatement(ref): where the Source panel cites
 *   sourceView {sourceId, paragraphs, seq}      openSource(sourceId, paragraphs?): show a source, go to a paragraph;
 *                                               chooseSource(sourceId): the one shown, panel left as it is
 *   fieldHint {slideId, field, text} | null     setFieldHint(hint): "Paraphrase: …" placeholder of a new bullet
 *
 * Selectors: selectDirty, selectFocusedSlide, selectFocusedIndex. History helpers: undoLabels(state, temporal).
 */
import { useStore } from 'zustand';
import { createEditorStore } from './createEditorStore';
import type { EditorState, HistoryEntry } from './editorState';
import { undoLabels, type UndoLabels } from './history';
import { useShallow } from 'zustand/react/shallow';
import type { TemporalState } from 'zundo';

export { createEditorStore, type EditorStore } from './createEditorStore';
export type { EditorState, HistoryEntry } from './editorState';
export type { DeckSlice } from './deckSlice';
export type { UiSlice } from './uiSlice';
export type { DeckCommand, DispatchOptions, FileInfo, Panels, AlertMessage, SelectMode, StatementRef, SourceView, FieldHint } from './types';
export { MERGE_WINDOW_MS } from './types';
export { undoLabels, HISTORY_LIMIT, type UndoLabels } from './history';
export { selectDirty, selectFocusedSlide, selectFocusedIndex } from './selectors';

/** The app's single store instance. */
export const editorStore = createEditorStore();

/** Subscribe a component to a slice of the editor state (re-renders only when the selected value changes). */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(editorStore, selector);
}

/** Undo/redo labels for the toolbar, re-rendering when history or the current label changes. */
export function useUndoLabels(): UndoLabels {
  const lastLabel = useEditor((s) => s.lastLabel);
  return useStore(
    editorStore.temporal,
    useShallow((h: TemporalState<HistoryEntry>) => undoLabels({ lastLabel }, h)),
  );
}
