/**
 * Export options and the browser-free pre-export checks (pure): `ExportOptionsSchema` (zod), `resolveExportOptions`
 * and `staticPreflight`. What a PDF prints, page by page, is the print module's (src-shared/print).
 */
export * from './exportOptions';
export * from './preflightChecks';
export * from './tradecraftPreflight';
export * from './fontRefusal';
export * from './reviewCopy';
