import type { DeckMatch } from '../../src-shared/find/findInDeck';
import { editorStore } from '../store';

/** The attribute that marks the field holding the current match (outlined by find.css). */
const MARK = 'data-find-match';

/** Removes the current-match mark from the editor. */
export function clearMatchMark(): void {
  document.querySelectorAll(`[${MARK}]`).forEach((el) => el.removeAttribute(MARK));
}

/**
 * Goes to a match: selects its slide in the slide list (the slide editor and preview follow), then marks its field
 * in the slide editor or the notes pane, scrolls it into view and selects the matched text in it. The keyboard
 * focus stays in the find bar, so Enter goes on to the next match. The field mounts a frame or two after the slide
 * changes; this waits up to about 20 frames for it.
 */
export function showMatch(match: DeckMatch): void {
  const s = editorStore.getState();
  if (s.focusedId !== match.slideId || s.selectedIds.length !== 1) s.selectSlide(match.slideId);
  clearMatchMark();
  let tries = 0;
  const mark = () => {
    const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`main [data-field="${CSS.escape(match.field)}"]`);
    if (!el) {
      if (++tries < 20) requestAnimationFrame(mark);
      return;
    }
    clearMatchMark();
    el.setAttribute(MARK, 'true');
    el.scrollIntoView({ block: 'nearest' });
    if ('setSelectionRange' in el) el.setSelectionRange(match.start, match.end);
  };
  requestAnimationFrame(mark);
}
