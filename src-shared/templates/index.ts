export * from './templateSchema';
export * from './templateChecks';
export * from './templateListing';
export * from './issuePath';
