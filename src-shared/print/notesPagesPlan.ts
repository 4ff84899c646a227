import type { Deck } from '../deck';
import { boxCapacity, paginateNotes } from './notesPagination';
import type { PrintPage, SlideState } from './pageKinds';
import type { PageSize } from './paper';
import { notesSlideBoxes, notesTextBox } from './printGeometry';

/**
 * The pages of the notes layout on portrait paper (A4/Letter), as PowerPoint prints notes pages: one `notes-slide`
 * page per slide state with the slide above; on the slide's last build state its notes go below the slide (the
 * first `boxCapacity` lines of the box under it) and the rest continue on full `notes` pages right after it, at the
 * same 17 px type. Earlier build states, slides without notes and audience copies (`withNotes` false) leave the
 * box empty. Pure: the page count is this list's length.
 */
export function planNotesPages(deck: Deck, states: readonly SlideState[], page: PageSize, withNotes: boolean): PrintPage[] {
  const below = notesSlideBoxes(page).text;
  const firstLines = boxCapacity(below).lines;
  const rest = notesTextBox(page);
  const pages: PrintPage[] = [];
  states.forEach((s, i) => {
    const last = states[i + 1]?.slide !== s.slide;
    const pieces = last && withNotes ? paginateNotes(deck.slides[s.slide].notes, rest, firstLines) : [];
    pages.push({ kind: 'notes-slide', ...s, paragraphs: pieces[0] ?? [], parts: Math.max(1, pieces.length) });
    pieces.slice(1).forEach((paragraphs, k) => pages.push({ kind: 'notes', slide: s.slide, part: k + 2, parts: pieces.length, paragraphs }));
  });
  return pages;
}
