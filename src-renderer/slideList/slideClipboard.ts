import { readSlidesClipboard, SLIDE_CLIPBOARD_MIME, slidesClipboardText, slidesOutlineText } from '../../src-shared/clipboard/slideClipboard';
import { deleteSlides } from '../../src-shared/commands/deleteSlides';
import { pasteSlides } from '../../src-shared/commands/pasteSlides';
import { createSlideId, slideIdsOf } from '../../src-shared/deck/slideIds';
import { editorStore, selectFocusedIndex } from '../store';

/**
 * Copy, cut and paste of whole slides in the slide list (Ctrl+C / Ctrl+X / Ctrl+V, as in PowerPoint's slide pane).
 * The slides travel through the system clipboard under a custom MIME type (SLIDE_CLIPBOARD_MIME), written and read
 * in the browser's own copy / cut / paste events (no clipboard permission is needed, and nothing is kept in this
 * window), so they survive opening another deck and reach another BriefDeck window. Other apps get the slide titles
 * as plain text. A paste is validated as a whole deck file (readSlidesClipboard) before anything changes.
 */
const store = editorStore;

/** True when the keyboard focus is in the slide list (its rows or the list itself). */
function inSlideList(): boolean {
  return !!document.activeElement?.closest('[role="listbox"][aria-label="Slide list"]');
}

/** Writes the selected slides to the clipboard event's data; true when something was written. */
function writeSelection(data: DataTransfer): boolean {
  const s = store.getState();
  if (!s.deck || s.selectedIds.length === 0) return false;
  const text = slidesClipboardText(s.deck, s.selectedIds);
  if (text === null) return false;
  const chosen = new Set(s.selectedIds);
  data.setData(SLIDE_CLIPBOARD_MIME, text);
  data.setData('text/plain', slidesOutlineText(s.deck.slides.filter((sl) => chosen.has(sl.id))));
  return true;
}

/** Pastes the slides of a clipboard payload after the focused slide and selects them; errors go to the alert region. */
export function pasteSlidesText(text: string): void {
  const s = store.getState();
  if (!s.deck) return;
  const read = readSlidesClipboard(text);
  if (!read.ok) {
    s.showAlert('error', read.error);
    return;
  }
  const index = selectFocusedIndex(s) + 1;
  const taken = slideIdsOf(s.deck);
  const next = s.dispatch(pasteSlides, {
    index,
    ...read.value,
    newId: () => {
      const id = createSlideId(taken);
      taken.add(id);
      return id;
    },
  });
  const ids = next.slides.slice(index, index + read.value.slides.length).map((sl) => sl.id);
  store.getState().setSelection(ids, ids[0]);
  const n = ids.length;
  store.getState().showAlert('info', `Pasted ${n} slide${n === 1 ? '' : 's'}.`);
}

/** Listens for copy, cut and paste on the document while the slide list has the focus. Returns the remover. */
export function listenForSlideClipboard(): () => void {
  const onCopy = (e: ClipboardEvent) => {
    if (!inSlideList() || !e.clipboardData) return;
    if (writeSelection(e.clipboardData)) e.preventDefault();
  };
  const onCut = (e: ClipboardEvent) => {
    if (!inSlideList() || !e.clipboardData) return;
    const s = store.getState();
    if (!s.deck || s.selectedIds.length >= s.deck.slides.length) {
      s.showAlert('error', 'A deck keeps at least one slide: copy the slides instead of cutting them all.');
      e.preventDefault();
      return;
    }
    if (!writeSelection(e.clipboardData)) return;
    e.preventDefault();
    s.dispatch({ ...deleteSlides, label: 'Cut slides' }, { ids: s.selectedIds });
  };
  const onPaste = (e: ClipboardEvent) => {
    if (!inSlideList() || !e.clipboardData) return;
    const text = e.clipboardData.getData(SLIDE_CLIPBOARD_MIME) || e.clipboardData.getData('text/plain');
    e.preventDefault();
    pasteSlidesText(text);
  };
  document.addEventListener('copy', onCopy);
  document.addEventListener('cut', onCut);
  document.addEventListener('paste', onPaste);
  return () => {
    document.removeEventListener('copy', onCopy);
    document.removeEventListener('cut', onCut);
    document.removeEventListener('paste', onPaste);
  };
}
