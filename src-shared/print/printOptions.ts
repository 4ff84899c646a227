import { z } from 'zod';

/** Paper: the slide's own 16:9 page (13.333 × 7.5 in), ISO A4 (297 × 210 mm) or US Letter (11 × 8.5 in). */
export const PAPERS = ['16:9', 'a4', 'letter'] as const;
/** PDF layouts: one slide a page; each slide followed by its notes on a page of its own; handouts. */
export const PDF_LAYOUTS = ['slides', 'notes', 'handout'] as const;
/** Slides per handout page. */
export const HANDOUT_PER_PAGE = [1, 2, 3, 4, 6] as const;

export type Paper = (typeof PAPERS)[number];
export type PdfLayout = (typeof PDF_LAYOUTS)[number];
export type HandoutPerPage = (typeof HANDOUT_PER_PAGE)[number];

/**
 * The fields that decide what a printed export holds, page by page (the page plan, the print document, the PDF):
 * - `paper`: '16:9' (default), 'a4' or 'letter'. Slides and notes pages print landscape; handouts on A4 and
 *   Letter print portrait (on 16:9 paper, landscape). Set with CSS `@page { size }`.
 * - `pdfLayout`: 'slides' (default) | 'notes' | 'handout'.
 * - `handoutPerPage` (handout): 1 | 2 | 3 (default) | 4 | 6.
 * - `handoutNotes` (3-a-page handout): 'notes' (default: the speaker notes beside each slide) | 'lines' (ruled lines
 *   for writing). An audience copy always gets lines.
 * - `builds`: 'final' (default: one page per slide, every build step shown) | 'steps' (one page per build state,
 *   reveal.js `pdfSeparateFragments`: the slide with no fragment shown, then one more fragment per page).
 * - `audience`: an audience copy: no speaker notes and no hidden slides, in the text and in the metadata of every
 *   format (overrides `includeHidden`).
 * - `includeHidden`: also export hidden (backup) slides. Default false.
 * - `reviewComments`: a review copy: the deck's review comments on a page beside each commented slide (PDF only;
 *   never in an audience copy). Default false: no export shows comments.
 * The export options (src-shared/export) are these plus the format.
 */
export const PRINT_OPTION_FIELDS = {
  paper: z.enum(PAPERS).default('16:9'),
  pdfLayout: z.enum(PDF_LAYOUTS).default('slides'),
  handoutPerPage: z.union(HANDOUT_PER_PAGE.map((n) => z.literal(n))).default(3),
  handoutNotes: z.enum(['notes', 'lines']).default('notes'),
  builds: z.enum(['final', 'steps']).default('final'),
  audience: z.boolean().default(false),
  includeHidden: z.boolean().default(false),
  reviewComments: z.boolean().default(false),
};
/** The print options as one strict zod object (unknown keys are an error). */
export const PrintOptionsSchema = z.strictObject(PRINT_OPTION_FIELDS);
export type PrintOptions = z.output<typeof PrintOptionsSchema>;

/** Whether hidden slides are exported: only when asked, and never in an audience copy. */
export function exportsHidden(options: Pick<PrintOptions, 'audience' | 'includeHidden'>): boolean {
  return options.includeHidden && !options.audience;
}

/** Whether the review comments are printed (a review copy that is not an audience copy). */
export function exportsComments(options: Pick<PrintOptions, 'audience' | 'reviewComments'>): boolean {
  return options.reviewComments && !options.audience;
}

/** Whether speaker notes appear anywhere in the export (never in an audience copy). */
export function exportsNotes(options: Pick<PrintOptions, 'audience'>): boolean {
  return !options.audience;
}
