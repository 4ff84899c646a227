export * from './deckToMarkdown';
export * from './markdownToDeck';
export * from './inlineRuns';
export * from './endnoteText';
