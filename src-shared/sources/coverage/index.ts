export * from './sourceCoverage';
