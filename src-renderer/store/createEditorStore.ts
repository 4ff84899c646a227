import { createStore } from 'zustand/vanilla';
import { temporal } from 'zundo';
import type { EditorState, SliceCreator } from './editorState';
import { createDeckSlice } from './deckSlice';
import { createUiSlice } from './uiSlice';
import { historyOptions } from './history';

/**
 * Build a fresh editor store (vanilla zustand + zundo `temporal` over the document only). The app uses one
 * instance (`editorStore` in ./index); tests make their own. `clock` overrides Date.now for burst grouping.
 */
export function createEditorStore(options?: { clock?: () => number }) {
  return createStore<EditorState>()(
    temporal(
      (set, get, rawStore) => {
        // zundo attaches `store.temporal` before calling us; its mutator types it as unknown.
        const store = rawStore as unknown as Parameters<SliceCreator<unknown>>[2];
        return {
        ...createDeckSlice(set, get, store),
        ...createUiSlice(set, get, store),
        // Looked up on each call, not captured: a clock installed later (Playwright's page.clock replaces `Date`) is
        // the one that times typing bursts.
        clock: options?.clock ?? (() => Date.now()),
        };
      },
      historyOptions,
    ),
  );
}

export type EditorStore = ReturnType<typeof createEditorStore>;
