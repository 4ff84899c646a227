export * from './sourceReadError';
export * from './readSourceFile';
