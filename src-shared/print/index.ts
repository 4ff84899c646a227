/**
 * The print module (pure): print options (`PrintOptionsSchema`), paper sizes (`pageSizeOf`), build steps
 * (`buildStatesOf`, reveal.js `pdfSeparateFragments`), notes pagination, the page plan (`planPdfPages` /
 * `countPdfPages`: which pages a PDF export prints, known before it runs), the geometry shared by the plan and the
 * pages (`printGeometry.ts`), and the print document of a plan (`buildPrintDocument`: notes pages, handouts 1/2/3/4/6
 * a page, slides on A4 / Letter).
 */
export * from './printOptions';
export * from './paper';
export * from './buildSteps';
export * from './notesPagination';
export * from './pageKinds';
export * from './pagePlan';
export { commentParagraphs } from './commentPages';
export * from './printGeometry';
export { buildPrintDocument, buildPrintDocumentParts, PRINT_READY_JS, type PrintDocument, type PrintDocumentParts } from './buildPrintDocument';
export { sectionInBuildState, slideThumbHtml } from './slideState';
