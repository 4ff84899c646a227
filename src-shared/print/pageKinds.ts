// The pages a PDF export prints, by kind: the page plan (pagePlan.ts) makes them, the notes-pages plan and the print
// markup (printPages.ts) read them. Declared apart from the plan so that the plan's parts import no file that imports them.
/** A slide in one build state: `slide` is an index into `deck.slides`; `shown` fragments are visible. */
export interface SlideState {
  slide: number;
  shown: number;
}

/** A full page with one slide (slides and notes layouts). */
export interface SlidePage extends SlideState {
  kind: 'slide';
}
/** A page of speaker notes: `paragraphs` of slide `slide`'s notes, part `part` (1-based) of `parts`. */
export interface NotesPage {
  kind: 'notes';
  slide: number;
  part: number;
  parts: number;
  paragraphs: string[];
  /** Parts that continue notes begun beside the slide on a 3-a-page handout. */
  continuesHandout?: boolean;
}
/** A handout page: up to `perPage` slide states, each with its notes (3-a-page with notes) or writing lines. */
export interface HandoutPage {
  kind: 'handout';
  cells: (SlideState & { notes?: { paragraphs: string[]; fontPx: number; continued: boolean }; lines?: boolean })[];
}
/**
 * A portrait notes page (A4/Letter notes layout): the slide in one build state above, and below it the first part
 * of its notes (`paragraphs`, part 1 of `parts`; empty for an earlier build state, a slide without notes, or an
 * audience copy). Further parts follow on `NotesPage`s.
 */
export interface NotesSlidePage extends SlideState {
  kind: 'notes-slide';
  paragraphs: string[];
  parts: number;
}
/**
 * A review copy's page of comments beside slide `slide`: `paragraphs` of its review comments and replies (one
 * paragraph each: author, time, text), part `part` (1-based) of `parts`.
 */
export interface CommentsPage {
  kind: 'comments';
  slide: number;
  part: number;
  parts: number;
  paragraphs: string[];
}
export type PrintPage = SlidePage | NotesPage | NotesSlidePage | HandoutPage | CommentsPage;
