/**
 * Export options and the page plan (pure): `ExportOptionsSchema` (zod) and `resolveExportOptions`, paper sizes
 * (`pageSizeOf`), build steps (`buildStatesOf`, reveal.js `pdfSeparateFragments`), notes pagination, and
 * `planPdfPages` / `countPdfPages` — which pages a PDF export prints, known before it runs.
 */
export * from './exportOptions';
export * from './paper';
export * from './buildSteps';
export * from './notesPagination';
export * from './pagePlan';
export { contractExportOptions, fromContractOptions } from './contractOptions';
export * from './preflightChecks';
