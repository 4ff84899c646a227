import { useCallback } from 'react';
import { SlideEditorView } from '../editor/SlideEditorView';
import { useArgumentMaps } from '../editor/citations/useArgumentMaps';
import { editorStore, selectFocusedSlide, useEditor, type DeckCommand, type DispatchOptions } from '../store';

/** The centre pane: slide editor for the focused slide, dispatching through the store. */
export function SlideEditorPane() {
  const deck = useEditor((s) => s.deck)!;
  const slide = useEditor(selectFocusedSlide);
  const argumentMaps = useArgumentMaps();
  const onCommand = useCallback(<A,>(command: DeckCommand<A>, args: A, options?: DispatchOptions) => {
    try {
      return editorStore.getState().dispatch(command, args, options);
    } catch (err) {
      editorStore.getState().showAlert('error', err instanceof Error ? err.message : String(err));
      return undefined;
    }
  }, []);
  const onInserted = useCallback((ids: string[]) => editorStore.getState().setSelection(ids, ids[0]), []);
  return (
    <div className="pane editor-pane">
      <div className="pane-body">
        {slide ? (
          <SlideEditorView deck={deck} slide={slide} onCommand={onCommand} argumentMaps={argumentMaps} onInserted={onInserted} />
        ) : (
          <p className="empty-note">Select a slide to edit it.</p>
        )}
      </div>
    </div>
  );
}
