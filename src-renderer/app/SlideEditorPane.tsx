import { useCallback } from 'react';
import { SlideEditorView } from '../editor/SlideEditorView';
import { useArgumentMaps } from '../editor/citations/useArgumentMaps';
import { editorStore, selectFocusedSlide, useEditor, type DeckCommand, type DispatchOptions } from '../store';
import { FieldHintContext } from '../sources/fieldHint';

/** The centre pane: slide editor for the focused slide, dispatching through the store. */
export function SlideEditorPane() {
  const deck = useEditor((s) => s.deck)!;
  const slide = useEditor(selectFocusedSlide);
  const argumentMaps = useArgumentMaps();
  const hint = useEditor((s) => (s.fieldHint && s.fieldHint.slideId === s.focusedId ? s.fieldHint : null));
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
          <FieldHintContext.Provider value={hint}>
            <SlideEditorView deck={deck} slide={slide} onCommand={onCommand} argumentMaps={argumentMaps} onInserted={onInserted} />
          </FieldHintContext.Provider>
        ) : (
          <p className="empty-note">Select a slide to edit it.</p>
        )}
      </div>
    </div>
  );
}
