import { HANDOUT_PER_PAGE, resolveExportOptions, type ExportOptions, type HandoutPerPage } from './exportOptions';

/** The IPC contract's `export:run` format names (src-shared/ipc: 'markdown' where the dialog says 'md'). */
type ContractFormat = 'pdf' | 'html' | 'pptx' | 'markdown';

/** The contract's older option names (src-shared/ipc/requests.ts ExportOptionsSchema, a loose object). */
interface ContractOptionFields {
  layout?: string;
  buildSteps?: boolean;
  includeNotes?: boolean;
  includeHidden?: boolean;
  paper?: string;
  slidesPerPage?: number;
  [key: string]: unknown;
}

/**
 * The `export:run` request fields for dialog options: `format` in the contract's naming, and `options` carrying both
 * the contract's names (layout, buildSteps, includeNotes, includeHidden, paper, slidesPerPage) and this module's own
 * (pdfLayout, handoutPerPage, handoutNotes, builds, audience), so that either reader sees the same choice.
 */
export function contractExportOptions(options: ExportOptions): { format: ContractFormat; options: Record<string, unknown> } {
  const layout = options.pdfLayout === 'notes' ? 'notes-pages' : options.pdfLayout;
  return {
    format: options.format === 'md' ? 'markdown' : options.format,
    options: {
      layout,
      buildSteps: options.builds === 'steps',
      includeNotes: !options.audience,
      includeHidden: options.includeHidden && !options.audience,
      slidesPerPage: options.handoutPerPage,
      exportPaper: options.paper,
      pdfLayout: options.pdfLayout,
      handoutPerPage: options.handoutPerPage,
      handoutNotes: options.handoutNotes,
      builds: options.builds,
      audience: options.audience,
    },
  };
}

/**
 * Reads an `export:run` request's options into ExportOptions. This module's own fields win; otherwise the contract's
 * names are mapped (layout 'notes-pages' | 'slides-with-notes' | 'notes-only' -> notes; slidesPerPage -> the nearest
 * allowed handout size; includeNotes false -> an audience copy, as the contract documents).
 * The contract's `paper` ('a4' | 'letter') is used only when `exportPaper` is absent. Throws zod's error for bad values.
 */
export function fromContractOptions(format: ContractFormat, raw: ContractOptionFields): ExportOptions {
  const layout = raw.layout === 'handout' ? 'handout' : raw.layout && raw.layout !== 'slides' ? 'notes' : 'slides';
  const perPage = typeof raw.slidesPerPage === 'number' ? nearestPerPage(raw.slidesPerPage) : undefined;
  const paper = raw.exportPaper ?? (raw.paper === 'a4' || raw.paper === 'letter' ? (raw.pdfLayout !== undefined || layout !== 'slides' ? raw.paper : undefined) : undefined);
  return resolveExportOptions({
    format: format === 'markdown' ? 'md' : format,
    ...(paper !== undefined ? { paper: paper as ExportOptions['paper'] } : {}),
    pdfLayout: (raw.pdfLayout as ExportOptions['pdfLayout'] | undefined) ?? layout,
    ...(raw.handoutPerPage !== undefined ? { handoutPerPage: raw.handoutPerPage as HandoutPerPage } : perPage ? { handoutPerPage: perPage } : {}),
    ...(raw.handoutNotes !== undefined ? { handoutNotes: raw.handoutNotes as ExportOptions['handoutNotes'] } : {}),
    builds: (raw.builds as ExportOptions['builds'] | undefined) ?? (raw.buildSteps === true ? 'steps' : 'final'),
    audience: typeof raw.audience === 'boolean' ? raw.audience : raw.includeNotes === false,
    includeHidden: raw.includeHidden === true,
  });
}

function nearestPerPage(n: number): HandoutPerPage {
  return HANDOUT_PER_PAGE.reduce((best, k) => (Math.abs(k - n) < Math.abs(best - n) ? k : best), 3 as HandoutPerPage);
}
