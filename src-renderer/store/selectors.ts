import type { Slide } from '../../src-shared/deck';
import type { EditorState } from './editorState';

/** True when the open deck differs from the one last opened or saved (object identity; undo back to it = clean). */
export const selectDirty = (s: EditorState): boolean => s.deck !== null && s.deck !== s.savedDeck;

/** The slide shown in the slide editor and preview, or null. */
export const selectFocusedSlide = (s: EditorState): Slide | null =>
  s.deck?.slides.find((slide) => slide.id === s.focusedId) ?? null;

/** 0-based index of the focused slide, or -1. */
export const selectFocusedIndex = (s: EditorState): number =>
  s.deck && s.focusedId ? s.deck.slides.findIndex((slide) => slide.id === s.focusedId) : -1;
