export * from './mapGeometry';
export * from './mapDrawing';
export * from './mapLabels';
export * from './mapPalette';
export * from './mapProblems';
