export * from './shapes';
export * from './deckFromSource';
