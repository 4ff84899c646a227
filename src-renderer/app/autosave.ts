import { api, isIpcFailure } from '../api';
import { editorStore, selectDirty } from '../store';
import { AUTOSAVE_DELAY_MS, createDebouncer } from '../../src-shared/autosave/createDebouncer';
import { currentRecoveryKey } from './documentSession';

export { AUTOSAVE_DELAY_MS };

/** Writes the recovery copy of the open deck now. Never writes the user's file: `recovery:write` only. */
async function writeRecoveryNow(): Promise<void> {
  const state = editorStore.getState();
  const key = currentRecoveryKey();
  if (!state.deck || !key || !selectDirty(state)) return;
  const result = await api().writeRecovery({ key, deck: state.deck, ...(state.file.path ? { filePath: state.file.path } : {}) });
  if (isIpcFailure(result)) state.showAlert('error', `Autosave failed: ${result.error.message}`);
}

/** trailing-edge debouncer: a recovery copy about 3 s after the last edit. */
const debouncer = createDebouncer<void, ReturnType<typeof setTimeout>>({
  run: writeRecoveryNow,
  delayMs: AUTOSAVE_DELAY_MS,
  timers: { setTimer: (fn, ms) => setTimeout(fn, ms), clearTimer: (h) => clearTimeout(h) },
  onError: (err) => editorStore.getState().showAlert('error', `Autosave failed: ${err instanceof Error ? err.message : String(err)}`),
});

/** Cancels a pending recovery write (after a save, a close, or loading another deck). */
export function cancelAutosave(): void {
  debouncer.cancel();
}

/**
 * Starts autosave: every document change with unsaved changes (re)arms the debouncer; when it fires and the deck
 * still differs from the saved one, a recovery copy is written. Returns the unsubscribe function.
 */
export function startAutosave(): () => void {
  const unsubscribe = editorStore.subscribe((state, prev) => {
    if (state.deck === prev.deck) return;
    if (state.deck && selectDirty(state)) debouncer.schedule();
    else debouncer.cancel();
  });
  return () => {
    unsubscribe();
    debouncer.cancel();
  };
}
