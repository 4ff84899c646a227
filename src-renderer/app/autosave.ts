import { api, isIpcFailure } from '../api';
import { editorStore, selectDirty } from '../store';
import { currentRecoveryKey } from './documentSession';

/** Quiet time after the last edit before a recovery copy is written, in ms (issue 3: "about 3 seconds"). */
export const AUTOSAVE_DELAY_MS = 3000;

let timer: ReturnType<typeof setTimeout> | null = null;

/** Cancels a pending recovery write (after a save, a close, or loading another deck). */
export function cancelAutosave(): void {
  if (timer) clearTimeout(timer);
  timer = null;
}

/** Writes the recovery copy now (debounce fired). Never writes the user's file: `recovery:write` only. */
async function writeRecoveryNow(): Promise<void> {
  timer = null;
  const state = editorStore.getState();
  const key = currentRecoveryKey();
  if (!state.deck || !key || !selectDirty(state)) return;
  const result = await api().writeRecovery({ key, deck: state.deck, ...(state.file.path ? { filePath: state.file.path } : {}) });
  if (isIpcFailure(result)) state.showAlert('error', `Autosave failed: ${result.error.message}`);
}

/**
 * Starts autosave: every document change (re)arms a {@link AUTOSAVE_DELAY_MS} timer; when it fires and the deck
 * still has unsaved changes, a recovery copy is written. Returns the unsubscribe function.
 */
export function startAutosave(): () => void {
  const unsubscribe = editorStore.subscribe((state, prev) => {
    if (state.deck === prev.deck) return;
    cancelAutosave();
    if (state.deck && selectDirty(state)) timer = setTimeout(() => void writeRecoveryNow(), AUTOSAVE_DELAY_MS);
  });
  return () => {
    unsubscribe();
    cancelAutosave();
  };
}
