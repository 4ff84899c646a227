import { api, isIpcFailure, type RecoveryEntry } from '../api';
import { editorStore } from '../store';
import { ask } from './confirm';
import { showDeck } from './fileActions';

/**
 * At start: offers to restore the newest recovery copy that is newer than its file (or that belongs to a deck never
 * saved). Restore shows the copy as an unsaved (dirty) deck tied to its file; Discard deletes the copy.
 */
export async function offerRecovery(): Promise<void> {
  const listed = await api().listRecovery({});
  if (isIpcFailure(listed)) return;
  const entry = [...listed.entries].filter((e) => e.newerThanFile).sort((a, b) => b.savedAt - a.savedAt)[0];
  if (!entry) return;
  const when = new Date(entry.savedAt).toLocaleString();
  const choice = await ask({
    title: 'Recover unsaved changes?',
    message: `BriefDeck found unsaved changes to "${entry.title}"${entry.filePath ? ` (${entry.filePath})` : ''} from ${when}. Restore them?`,
    buttons: [
      { value: 'discard', label: 'Discard' },
      { value: 'later', label: 'Not now' },
      { value: 'restore', label: 'Restore', primary: true },
    ],
    cancelValue: 'later',
  });
  if (choice === 'restore') await restore(entry);
  else if (choice === 'discard') await api().discardRecovery({ key: entry.key });
}

async function restore(entry: RecoveryEntry): Promise<void> {
  const read = await api().readRecovery({ key: entry.key });
  if (isIpcFailure(read)) return void editorStore.getState().showAlert('error', `Could not restore: ${read.error.message}`);
  // Tie the copy to its file (for Save and the change-on-disk check) when the file still opens.
  let file: { path: string | null; hash: string | null; readOnly?: boolean } = { path: null, hash: null };
  if (entry.filePath) {
    const opened = await api().openDeckPath({ path: entry.filePath });
    if (!isIpcFailure(opened)) file = { path: opened.path, hash: opened.hash, readOnly: opened.readOnly };
  }
  showDeck(read.deck, file, true, entry.key);
  editorStore.getState().showAlert('info', 'Restored unsaved changes from the recovery copy. Save to keep them.');
}
