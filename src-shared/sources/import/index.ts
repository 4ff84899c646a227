export * from './sourceBlocks';
export * from './paragraphHash';
export * from './numberParagraphs';
export * from './paragraphReview';
export * from './sourceFile';
