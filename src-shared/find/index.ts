export * from './findInDeck';
export * from './slideTextFields';
