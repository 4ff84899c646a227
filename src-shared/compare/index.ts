export * from './comparisonTypes';
export * from './compareDecks';
export * from './compareSlide';
export * from './comparisonReport';
export * from './standText';
export * from './wordDiff';
export * from './redlineHtml';
