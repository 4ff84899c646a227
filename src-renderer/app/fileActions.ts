import { api, isIpcFailure, type OpenedDeck } from '../api';
import { editorStore, selectDirty } from '../store';
import type { Deck } from '../../src-shared/deck';
import { ask } from './confirm';
import { beginSession, currentRecoveryKey, endSession } from './documentSession';
import { cancelAutosave } from './autosave';

/**
 * File actions of the toolbar, the shortcuts and the native menu: new, open, save, save as, close. Each talks to main
 * through `api()` and reports failures in the alert region (the deck in memory is never lost on a failure).
 */
const store = editorStore;
const fail = (message: string) => store.getState().showAlert('error', message);

/** Asks whether to save unsaved changes first. Resolves true when it is fine to replace the open deck. */
export async function confirmDiscard(action: string): Promise<boolean> {
  if (!selectDirty(store.getState())) return true;
  const choice = await ask({
    title: 'Unsaved changes',
    message: `The deck has unsaved changes. Save them before you ${action}?`,
    buttons: [
      { value: 'cancel', label: 'Cancel' },
      { value: 'discard', label: "Don't save" },
      { value: 'save', label: 'Save', primary: true },
    ],
    cancelValue: 'cancel',
  });
  if (choice === 'save') return saveDeck(false);
  // "Don't save": the recovery copy goes only once another deck replaces this one (showDeck, closeDeck), so a
  // failed open leaves both the edits and their copy in place.
  return choice === 'discard';
}

/**
 * Shows a deck in the editor and starts its recovery session. The replaced deck's recovery copy is discarded (the
 * caller has saved it, or the user chose not to save, or it had no changes).
 */
export function showDeck(deck: Deck, file: { path: string | null; hash: string | null; readOnly?: boolean }, dirty = false, recoveryKey?: string): void {
  cancelAutosave();
  const previous = currentRecoveryKey();
  if (previous && previous !== recoveryKey) void api().discardRecovery({ key: previous });
  beginSession(file.path, recoveryKey);
  store.getState().loadDeck(deck, { path: file.path, hash: file.hash, readOnly: file.readOnly ?? false }, { dirty });
  store.getState().dismissAlert();
}

/** Shows an opened file, with its warnings (e.g. "opened read-only: newer schemaVersion") as an info message. */
function showOpened(opened: OpenedDeck): void {
  showDeck(opened.deck, opened);
  const notes = [...(opened.readOnly ? ['This deck was written by a newer BriefDeck: it is read-only. Use Save As to keep a copy.'] : []), ...opened.warnings];
  if (notes.length) store.getState().showAlert('info', notes.join('\n'));
}

/** A new deck from template `id` ('blank' is a template id too when the library offers it). */
export async function newFromTemplate(id: string): Promise<void> {
  if (!(await confirmDiscard('start a new deck'))) return;
  const result = await api().instantiateTemplate({ id });
  if (isIpcFailure(result)) return void fail(`Could not create the deck: ${result.error.message}`);
  showDeck(result.deck, { path: null, hash: null });
}

/** Open with the OS dialog (no path) or a given path (recent files, the command line, a dropped file). */
export async function openDeck(path?: string): Promise<boolean> {
  if (!(await confirmDiscard('open another deck'))) return false;
  const result = path ? await api().openDeckPath({ path }) : await api().openDeck({});
  if (isIpcFailure(result)) {
    fail(`Could not open the deck: ${result.error.message}`);
    return false;
  }
  if ('canceled' in result) return false;
  showOpened(result);
  return true;
}

/**
 * Import Markdown…: asks main for a reveal.js Markdown file (open dialog) and shows it as a new, unsaved deck (no
 * file: Save asks for a path). The import's warnings ("slide 3: …") are shown as an info message. Resolves true when
 * a deck was imported.
 */
export async function importMarkdown(): Promise<boolean> {
  if (!(await confirmDiscard('import another deck'))) return false;
  const result = await api().importMarkdown({});
  if (isIpcFailure(result)) {
    fail(`Could not import the Markdown file: ${result.error.message}`);
    return false;
  }
  if ('canceled' in result) return false;
  showDeck(result.deck, { path: null, hash: null }, true);
  const notes = result.warnings.map((w) => (w.slide !== undefined ? `Slide ${w.slide}: ${w.message}` : w.message));
  store.getState().showAlert('info', [`Imported ${result.deck.slides.length} slides from Markdown. Save to keep them as a deck file.`, ...notes].join('\n'));
  return true;
}

/**
 * Save (to the file, or with a dialog when the deck has none or is read-only) or Save As. A file changed on disk
 * since it was opened asks before overwriting. Resolves true when the deck was written.
 */
export async function saveDeck(saveAs: boolean, overwriteChanged = false): Promise<boolean> {
  const { deck, file } = store.getState();
  if (!deck) return false;
  const useDialog = saveAs || !file.path || file.readOnly;
  const result = await api().saveDeck({
    deck,
    ...(useDialog ? { saveAs: true } : { path: file.path!, ...(file.hash ? { expectedHash: file.hash } : {}) }),
    ...(overwriteChanged ? { overwriteChanged: true } : {}),
  });
  if (isIpcFailure(result)) {
    fail(`Could not save the deck: ${result.error.message}`);
    return false;
  }
  if ('canceled' in result) return false;
  if ('conflict' in result) {
    const choice = await ask({
      title: 'File changed on disk',
      message: `${result.conflict.path} was changed by another program since you opened it. Overwrite it with your version?`,
      buttons: [
        { value: 'cancel', label: 'Cancel' },
        { value: 'saveAs', label: 'Save As…' },
        { value: 'overwrite', label: 'Overwrite', primary: true },
      ],
      cancelValue: 'cancel',
    });
    if (choice === 'overwrite') return saveDeck(false, true);
    if (choice === 'saveAs') return saveDeck(true);
    return false;
  }
  cancelAutosave();
  await discardRecovery();
  store.getState().markSaved({ path: result.path, hash: result.hash, readOnly: false }, deck);
  beginSession(result.path);
  store.getState().showAlert('info', `Saved ${result.path}`);
  return true;
}

/** Close the deck (asking about unsaved changes) and go back to the gallery. */
export async function closeDeck(): Promise<void> {
  if (!(await confirmDiscard('close it'))) return;
  cancelAutosave();
  await discardRecovery();
  endSession();
  store.getState().closeDeck();
}

/** Drops the open deck's recovery copy (after a save, or when the user chose not to save). */
export async function discardRecovery(): Promise<void> {
  const key = currentRecoveryKey();
  if (key) await api().discardRecovery({ key });
}
