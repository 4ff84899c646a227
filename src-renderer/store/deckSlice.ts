import type { Deck } from '../../src-shared/deck';
import type { DeckCommand } from '../../src-shared/commands/command';
import type { DispatchOptions, FileInfo } from './types';
import { MERGE_WINDOW_MS } from './types';
import type { EditorState, SliceCreator } from './editorState';

/** The document part of the store: the one piece of state that zundo records. */
export interface DeckSlice {
  /** The open deck, or null when the gallery is shown. */
  deck: Deck | null;
  /** Label of the command that produced `deck` (undo menu text); tracked by history with the deck. */
  lastLabel: string;
  /** The deck object as last opened or saved: `deck !== savedDeck` means unsaved changes (see selectDirty). */
  savedDeck: Deck | null;
  file: FileInfo;
  /**
   * How many times a deck was loaded or closed: views that hold per-deck state of their own (the Source panel's
   * focused paragraph and selection bar) use it in their React `key`, so a deck swap starts them afresh even when the
   * two decks cite sources with the same id.
   */
  deckLoads: number;
  /**
   * Apply a pure command to the open deck. Returns the new deck. A command that returns the same object records
   * nothing. Throws whatever the command throws (the deck is unchanged then), or an Error when no deck is open.
   */
  dispatch<A>(command: DeckCommand<A>, args: A, options?: DispatchOptions): Deck;
  /** Show a deck (new or opened): clears history and selection; `file.path` null means never saved. */
  loadDeck(deck: Deck, file?: Partial<FileInfo>, options?: { dirty?: boolean }): void;
  /** Record a successful save: the current deck becomes the saved one; path/hash as returned by main. */
  markSaved(file: Partial<FileInfo>, savedDeck?: Deck): void;
  /** Close the deck and return to the gallery (the caller asks about unsaved changes first). */
  closeDeck(): void;
  /** Undo / redo one document step; selection is pruned to slides that still exist. */
  undo(): void;
  redo(): void;
}

const noFile: FileInfo = { path: null, hash: null, readOnly: false };

export const createDeckSlice: SliceCreator<DeckSlice> = (set, get, store) => {
  /** The last dispatch's merge key and time, outside state so that it never enters history. */
  let burst: { key: string; at: number } | null = null;
  const now = (): number => (get() as EditorState).clock();

  const untracked = (fn: () => void): void => {
    store.temporal.getState().pause();
    try {
      fn();
    } finally {
      store.temporal.getState().resume();
    }
  };

  return {
    deck: null,
    lastLabel: '',
    savedDeck: null,
    file: noFile,
    deckLoads: 0,

    dispatch(command, args, options) {
      const { deck } = get();
      if (!deck) throw new Error(`Cannot run "${command.name}": no deck is open`);
      const next = command.perform(deck, args);
      if (next === deck) return deck;
      const t = now();
      const key = options?.mergeKey;
      const merge = key !== undefined && burst !== null && burst.key === key && t - burst.at <= MERGE_WINDOW_MS;
      const patch = { deck: next, lastLabel: command.label };
      if (merge) untracked(() => set(patch));
      else set(patch);
      burst = key === undefined ? null : { key, at: t };
      get().pruneSelection(deck);
      return next;
    },

    loadDeck(deck, file, options) {
      burst = null;
      untracked(() =>
        set({
          deck,
          lastLabel: '',
          savedDeck: options?.dirty ? null : deck,
          file: { ...noFile, ...file },
          deckLoads: get().deckLoads + 1,
          selectedIds: deck.slides[0] ? [deck.slides[0].id] : [],
          focusedId: deck.slides[0]?.id ?? null,
          anchorId: deck.slides[0]?.id ?? null,
        }),
      );
      store.temporal.getState().clear();
    },

    markSaved(file, savedDeck) {
      untracked(() => set({ savedDeck: savedDeck ?? get().deck, file: { ...get().file, ...file } }));
    },

    closeDeck() {
      burst = null;
      untracked(() => set({ deck: null, lastLabel: '', savedDeck: null, file: noFile, deckLoads: get().deckLoads + 1, selectedIds: [], focusedId: null, anchorId: null }));
      store.temporal.getState().clear();
    },

    undo() {
      burst = null;
      const before = get().deck;
      store.temporal.getState().undo();
      get().pruneSelection(before);
    },

    redo() {
      burst = null;
      const before = get().deck;
      store.temporal.getState().redo();
      get().pruneSelection(before);
    },
  };
};
