export * from './matchParagraphs';
export * from './citationSites';
export * from './reimport';
