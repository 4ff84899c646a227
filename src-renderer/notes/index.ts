/**
 * The speaker-notes pane (helper E2): `NotesPaneView` takes the focused slide's notes and reports each keystroke
 * (the shell connects it to the store with `setNotes` and a `slide:<id>:notes` merge key); the speaking-time helpers
 * estimate at 130 words per minute.
 */
export { NotesPaneView, type NotesPaneViewProps } from './NotesPaneView';
export { countWords, speakingSeconds, formatDuration, WORDS_PER_MINUTE } from './speakingTime';
