/** Presenting, pure: the shared presentation state, its actions and reducer, pacing, and the key map. */
export * from './presentationState';
export * from './presentationActions';
export * from './deckNavigation';
export * from './reducePresentation';
export * from './pacing';
export * from './keyMap';
