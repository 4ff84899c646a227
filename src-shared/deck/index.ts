export * from './citation';
export * from './slideContent';
export * from './slide';
export * from './deck';
