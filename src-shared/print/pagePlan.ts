import type { Deck } from '../deck';
import { handoutCells, handoutNotesBox, HANDOUT_NOTES_FONTS_PX, notesTextBox } from './printGeometry';
import { buildStatesOf } from './buildSteps';
import { exportsComments, exportsHidden, exportsNotes, type PrintOptions } from './printOptions';
import { withCommentPages } from './commentPages';
import { paginateNotes } from './notesPagination';
import { planNotesPages } from './notesPagesPlan';
import { pageSizeOf } from './paper';
import type { HandoutPage, NotesPage, PrintPage, SlideState } from './pageKinds';

/** The deck indexes of the slides an export shows (hidden ones only when asked and never in an audience copy). */
export function exportedSlideIndexes(deck: Deck, options: PrintOptions): number[] {
  const hidden = exportsHidden(options);
  return deck.slides.flatMap((s, i) => (hidden || !s.hidden ? [i] : []));
}

/**
 * Every page a PDF export prints, in order. The page-count rule:
 * - slides: one page per exported slide; with builds 'steps', one page per build state (fragments + 1 for a slide
 *   with fragments).
 * - notes on A4/Letter (portrait, as PowerPoint's notes pages): one page per slide state, the slide above and, on
 *   the slide's last build state, its notes below; notes longer than that box continue on notes pages of their own
 *   right after it (`planNotesPages`).
 * - notes on 16:9 paper: each of those slide pages, then (after the slide's last build state) its speaker notes on
 *   pages of their own: as many as the notes need at 17 px on the page's text box (none for a slide without notes;
 *   none at all in an audience copy).
 * - handout: the slide states `handoutPerPage` to a page (the last page may be partly empty). On a 3-a-page handout
 *   with notes, notes too long for the box beside their slide (even at 10 px) continue on notes pages right after
 *   that handout page.
 * - a review copy (`reviewComments`, not an audience copy): each commented slide's comments follow its last page
 *   on pages of their own (`withCommentPages`).
 * Pure and deterministic: `countPdfPages` is this list's length, stated in the dialog before the export.
 */
export function planPdfPages(deck: Deck, options: PrintOptions): PrintPage[] {
  const plan = planPages(deck, options);
  return exportsComments(options) ? withCommentPages(deck, plan, pageSizeOf(options.paper, options.pdfLayout)) : plan;
}

function planPages(deck: Deck, options: PrintOptions): PrintPage[] {
  const states = exportedSlideIndexes(deck, options).flatMap((slide) => buildStatesOf(deck.slides[slide], options.builds).map((shown) => ({ slide, shown })));
  const page = pageSizeOf(options.paper, options.pdfLayout);
  const withNotes = exportsNotes(options);
  if (options.pdfLayout === 'slides') return states.map((s) => ({ kind: 'slide', ...s }));
  if (options.pdfLayout === 'notes' && page.orientation === 'portrait') return planNotesPages(deck, states, page, withNotes);
  if (options.pdfLayout === 'notes') {
    const box = notesTextBox(page);
    const pages: PrintPage[] = [];
    states.forEach((s, i) => {
      pages.push({ kind: 'slide', ...s });
      const last = states[i + 1]?.slide !== s.slide;
      if (!last || !withNotes) return;
      const pieces = paginateNotes(deck.slides[s.slide].notes, box);
      pieces.forEach((paragraphs, k) => pages.push({ kind: 'notes', slide: s.slide, part: k + 1, parts: pieces.length, paragraphs }));
    });
    return pages;
  }
  return planHandout(deck, options, states, withNotes);
}

function planHandout(deck: Deck, options: PrintOptions, states: SlideState[], withNotes: boolean): PrintPage[] {
  const page = pageSizeOf(options.paper, 'handout');
  const perPage = options.handoutPerPage;
  const cellBoxes = handoutCells(page, perPage);
  const beside = perPage === 3;
  const notesBeside = beside && withNotes && options.handoutNotes === 'notes';
  const pages: PrintPage[] = [];
  for (let i = 0; i < states.length; i += perPage) {
    const overflow: NotesPage[] = [];
    const cells = states.slice(i, i + perPage).map((s, k): HandoutPage['cells'][number] => {
      if (!beside) return { ...s };
      if (!notesBeside) return { ...s, lines: true };
      const notes = deck.slides[s.slide].notes;
      let chosen = HANDOUT_NOTES_FONTS_PX[0] as number;
      let pieces: string[][] = [];
      for (const fontPx of HANDOUT_NOTES_FONTS_PX) {
        chosen = fontPx;
        const box = handoutNotesBox(cellBoxes[k], fontPx);
        pieces = splitFirst(notes, box, page);
        if (pieces.length <= 1) break;
      }
      if (pieces.length > 1) {
        pieces.slice(1).forEach((paragraphs, n) => overflow.push({ kind: 'notes', slide: s.slide, part: n + 2, parts: pieces.length, paragraphs, continuesHandout: true }));
      }
      return { ...s, notes: { paragraphs: pieces[0] ?? [], fontPx: chosen, continued: pieces.length > 1 } };
    });
    pages.push({ kind: 'handout', cells }, ...overflow);
  }
  return pages;
}

/**
 * Notes split as: the first piece sized for the box beside the slide, the rest for full notes pages. The estimate
 * uses the side box's characters per line for the first piece, so it is paginated on its own first.
 */
function splitFirst(notes: string, box: ReturnType<typeof handoutNotesBox>, page: ReturnType<typeof pageSizeOf>): string[][] {
  const first = paginateNotes(notes, box);
  if (first.length <= 1) return first;
  const rest = first.slice(1).map((p) => p.join('\n\n')).join('\n\n');
  return [first[0], ...paginateNotes(rest, notesTextBox(page))];
}

/** How many pages `planPdfPages` prints (what the export dialog states before the export runs). */
export function countPdfPages(deck: Deck, options: PrintOptions): number {
  return planPdfPages(deck, options).length;
}
