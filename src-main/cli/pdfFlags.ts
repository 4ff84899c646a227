import type { ExportOptions } from '../../src-shared/export';
// From the options file, not the print barrel: the barrel pulls in the print document and the chart engine, which
// every command (even `help`) would then load at start.
import { HANDOUT_PER_PAGE, PAPERS, PDF_LAYOUTS } from '../../src-shared/print/printOptions';
import { CliError } from './cliError';

/** The PDF options of `briefdeck export`, as node:util parseArgs option specs. */
export const PDF_FLAGS = {
  paper: { type: 'string' },
  layout: { type: 'string' },
  'per-page': { type: 'string' },
  'handout-notes': { type: 'string' },
  builds: { type: 'string' },
  'review-copy': { type: 'boolean' },
} as const;

/** The checked PDF flag values (absent flags are absent: the export options' defaults apply). */
export type PdfFlagValues = Partial<Pick<ExportOptions, 'paper' | 'pdfLayout' | 'handoutPerPage' | 'handoutNotes' | 'builds' | 'reviewComments'>>;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  const lower = typeof value === 'string' ? value.toLowerCase() : value;
  if (typeof lower === 'string' && (allowed as readonly string[]).includes(lower)) return lower as T;
  throw new CliError(`${flag} must be one of ${allowed.join(', ')} (got "${String(value)}")`, 2);
}

/**
 * Reads --paper 16:9|a4|letter, --layout slides|notes|handout, --per-page 1|2|3|4|6, --handout-notes notes|lines and
 * --builds final|steps, and --review-copy (the review comments beside each slide). Throws CliError (exit code 2) for a bad value, or for a PDF flag with a format other than pdf.
 */
export function pdfFlagValues(values: Readonly<Record<string, string | boolean | string[] | undefined>>, format: string): { pdf?: PdfFlagValues } {
  const given = Object.keys(PDF_FLAGS).filter((k) => values[k] !== undefined);
  if (given.length === 0) return {};
  if (format !== 'pdf') throw new CliError(`--${given[0]} applies to --format pdf only`, 2);
  const perPage = values['per-page'] === undefined ? undefined : Number(oneOf(values['per-page'], HANDOUT_PER_PAGE.map(String), '--per-page'));
  const pdf: PdfFlagValues = {};
  const paper = oneOf(values.paper, PAPERS, '--paper');
  const layout = oneOf(values.layout, PDF_LAYOUTS, '--layout');
  const notes = oneOf(values['handout-notes'], ['notes', 'lines'] as const, '--handout-notes');
  const builds = oneOf(values.builds, ['final', 'steps'] as const, '--builds');
  if (paper) pdf.paper = paper;
  if (layout) pdf.pdfLayout = layout;
  if (perPage) pdf.handoutPerPage = perPage as PdfFlagValues['handoutPerPage'];
  if (notes) pdf.handoutNotes = notes;
  if (builds) pdf.builds = builds;
  if (values['review-copy'] === true) pdf.reviewComments = true;
  return { pdf };
}
