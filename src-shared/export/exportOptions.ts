import { z } from 'zod';
import { PRINT_OPTION_FIELDS } from '../print/printOptions';

/** Export formats, as the export dialog, the `export:run` request and the CLI's --format name them. */
export const EXPORT_FORMATS = ['pdf', 'html', 'pptx', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The options of one export: the one vocabulary of the export dialog, the `export:run` and `export:preflight`
 * requests (carried as is) and the CLI flags. `format` (pdf | html | pptx | md, default pdf), then the print
 * options of src-shared/print (`PrintOptions`: paper, pdfLayout, handoutPerPage, handoutNotes, builds, audience,
 * includeHidden; the PDF reads all of them, the other formats only `audience` and `includeHidden`). Strict: an
 * unknown key is an error.
 */
export const ExportOptionsSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS).default('pdf'),
  ...PRINT_OPTION_FIELDS,
});
export type ExportOptions = z.output<typeof ExportOptionsSchema>;
export type ExportOptionsInput = z.input<typeof ExportOptionsSchema>;

/**
 * The part of the export options that the HTML, PPTX and reveal.js-print exports read: `audience` and
 * `includeHidden`, each false when absent.
 */
export type SlideChoice = Partial<Pick<ExportOptions, 'audience' | 'includeHidden'>>;

/** The options with every default applied (throws zod's error for a wrong value). */
export function resolveExportOptions(input: ExportOptionsInput = {}): ExportOptions {
  return ExportOptionsSchema.parse(input);
}
