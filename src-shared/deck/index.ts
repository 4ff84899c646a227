import './zodConfig';
export * from './citation';
export * from './slideContent';
export * from './slide';
export * from './deck';
export * from './deckError';
export * from './parseDeck';
export * from './serializeDeck';
export * from './migrations';
