/**
 * Print documents for notes pages, handouts (1/2/3/4/6 a page) and slides on A4 / Letter: `buildPrintDocument`.
 * Geometry shared with the page plan: `printGeometry.ts`. Build states: `sectionInBuildState`.
 */
export { buildPrintDocument, PRINT_READY_JS, type PrintDocument } from './buildPrintDocument';
export { sectionInBuildState, slideThumbHtml } from './slideState';
export * from './printGeometry';
