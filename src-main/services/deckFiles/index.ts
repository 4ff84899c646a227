export * from './deckFileError';
export * from './fsPort';
export * from './hash';
export * from './openDeckFile';
export * from './saveDeckFile';
export * from './recoveryStore';
export * from './recentFiles';
export * from './deckFileService';
