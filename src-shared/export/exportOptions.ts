import { z } from 'zod';

/** Export formats offered by the export dialog and the CLI. */
export const EXPORT_DIALOG_FORMATS = ['pdf', 'html', 'pptx', 'md'] as const;
/** Paper: the slide's own 16:9 page (13.333 × 7.5 in), ISO A4 (297 × 210 mm) or US Letter (11 × 8.5 in). */
export const PAPERS = ['16:9', 'a4', 'letter'] as const;
/** PDF layouts: one slide a page; each slide followed by its notes on a page of its own; handouts. */
export const PDF_LAYOUTS = ['slides', 'notes', 'handout'] as const;
/** Slides per handout page. */
export const HANDOUT_PER_PAGE = [1, 2, 3, 4, 6] as const;

export type ExportDialogFormat = (typeof EXPORT_DIALOG_FORMATS)[number];
export type Paper = (typeof PAPERS)[number];
export type PdfLayout = (typeof PDF_LAYOUTS)[number];
export type HandoutPerPage = (typeof HANDOUT_PER_PAGE)[number];

/**
 * The options of one export, shared by the export dialog, the IPC request and the CLI flags.
 * - `format`: pdf | html | pptx | md.
 * - `paper` (PDF): '16:9' (default), 'a4' or 'letter'. Slides and notes pages print landscape; handouts on A4 and
 *   Letter print portrait (on 16:9 paper, landscape). Set with CSS `@page { size }`.
 * - `pdfLayout` (PDF): 'slides' (default) | 'notes' | 'handout'.
 * - `handoutPerPage` (handout): 1 | 2 | 3 (default) | 4 | 6.
 * - `handoutNotes` (3-a-page handout): 'notes' (default: the speaker notes beside each slide) | 'lines' (ruled lines
 *   for writing). An audience copy always gets lines.
 * - `builds` (PDF): 'final' (default: one page per slide, every build step shown) | 'steps' (one page per build state,
 *   reveal.js `pdfSeparateFragments`: the slide with no fragment shown, then one more fragment per page).
 * - `audience`: an audience copy: no speaker notes and no hidden slides, in the text and in the metadata of every
 *   format (overrides `includeHidden`).
 * - `includeHidden`: also export hidden (backup) slides (cases P3). Default false.
 */
export const ExportOptionsSchema = z.strictObject({
  format: z.enum(EXPORT_DIALOG_FORMATS).default('pdf'),
  paper: z.enum(PAPERS).default('16:9'),
  pdfLayout: z.enum(PDF_LAYOUTS).default('slides'),
  handoutPerPage: z.union(HANDOUT_PER_PAGE.map((n) => z.literal(n))).default(3),
  handoutNotes: z.enum(['notes', 'lines']).default('notes'),
  builds: z.enum(['final', 'steps']).default('final'),
  audience: z.boolean().default(false),
  includeHidden: z.boolean().default(false),
});
export type ExportOptions = z.output<typeof ExportOptionsSchema>;
export type ExportOptionsInput = z.input<typeof ExportOptionsSchema>;

/** The options with every default applied (throws zod's error for a wrong value). */
export function resolveExportOptions(input: ExportOptionsInput = {}): ExportOptions {
  return ExportOptionsSchema.parse(input);
}

/** Whether hidden slides are exported: only when asked, and never in an audience copy. */
export function exportsHidden(options: Pick<ExportOptions, 'audience' | 'includeHidden'>): boolean {
  return options.includeHidden && !options.audience;
}

/** Whether speaker notes appear anywhere in the export (never in an audience copy). */
export function exportsNotes(options: Pick<ExportOptions, 'audience'>): boolean {
  return !options.audience;
}
