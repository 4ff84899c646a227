import { addSlide } from '../../src-shared/commands/addSlide';
import { createSlideId, slideIdsOf } from '../../src-shared/deck/slideIds';
import { deleteSlides } from '../../src-shared/commands/deleteSlides';
import { duplicateSlides } from '../../src-shared/commands/duplicateSlides';
import { moveSlides } from '../../src-shared/commands/moveSlides';
import { setSlidesHidden } from '../../src-shared/commands/setSlidesHidden';
import { editorStore, selectFocusedIndex } from '../store';

/**
 * Slide-list operations on the current selection, shared by the slide list's toolbar, the shortcuts and the native
 * menu. Each is one undo step (pure commands through `dispatch`) and fixes up the selection.
 */
const store = editorStore;

/** Ctrl+D: duplicates the selected slides; the copies become the selection. */
export function duplicateSelection(): void {
  const s = store.getState();
  if (!s.deck || s.selectedIds.length === 0) return;
  const taken = slideIdsOf(s.deck);
  const newIds = s.selectedIds.map(() => {
    const id = createSlideId(taken);
    taken.add(id);
    return id;
  });
  s.dispatch(duplicateSlides, { ids: s.selectedIds, newIds });
  store.getState().setSelection(newIds, newIds[0]);
}

/** Delete: deletes the selected slides, but never the last slide of the deck. */
export function deleteSelection(): void {
  const s = store.getState();
  if (!s.deck || s.selectedIds.length === 0 || s.selectedIds.length >= s.deck.slides.length) return;
  s.dispatch(deleteSlides, { ids: s.selectedIds });
}

/** Hide / Show: hides the selected slides (backup slides), or shows them when all are hidden already. */
export function toggleHiddenSelection(): void {
  const s = store.getState();
  if (!s.deck) return;
  const chosen = new Set(s.selectedIds);
  const slides = s.deck.slides.filter((sl) => chosen.has(sl.id));
  if (slides.length === 0) return;
  s.dispatch(setSlidesHidden, { ids: s.selectedIds, hidden: !slides.every((sl) => sl.hidden) });
}

/** Adds a bullets slide after the focused one and selects it. */
export function addSlideAfterFocus(): void {
  const s = store.getState();
  if (!s.deck) return;
  const id = createSlideId(slideIdsOf(s.deck));
  s.dispatch(addSlide, { layout: 'bullets', index: selectFocusedIndex(s) + 1, id });
  store.getState().setSelection([id], id);
}

/**
 * Drag-and-drop (mouse or keyboard): moves slide `id` to index `to`. When the dragged slide is part of a
 * multi-selection, the whole selection moves with it (PowerPoint's slide sorter).
 */
export function moveSlideTo(id: string, to: number): void {
  const s = store.getState();
  if (!s.deck || to < 0) return;
  const ids = s.selectedIds.includes(id) ? s.selectedIds : [id];
  s.dispatch(moveSlides, { ids, to });
}
