import { setNotes } from '../../src-shared/commands/setNotes';
import { NotesPaneView } from '../notes/NotesPaneView';
import { editorStore, selectFocusedIndex, selectFocusedSlide, useEditor } from '../store';

/** Connects speaker-notes pane to the store: the focused slide's notes; a typing burst = one undo step. */
export function NotesPanel() {
  const slide = useEditor(selectFocusedSlide);
  const index = useEditor(selectFocusedIndex);
  const direction = useEditor((s) => s.deck?.direction ?? 'ltr');
  const id = slide?.id;
  return (
    <div className="notes-box">
      <NotesPaneView
        notes={slide ? slide.notes : null}
        slideNumber={index >= 0 ? index + 1 : null}
        direction={direction}
        onChange={(notes) => {
          if (id) editorStore.getState().dispatch(setNotes, { id, notes }, { mergeKey: `slide:${id}:notes` });
        }}
      />
    </div>
  );
}
