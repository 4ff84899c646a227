export * from './templateSchema';
export * from './templateChecks';
export * from './templateSummary';
export * from './issuePath';
export * from './slideIdFactory';
