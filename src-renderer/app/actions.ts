import { editorStore, selectFocusedIndex } from '../store';
import type { ShortcutAction } from '../shortcuts/keymap';
import { closeDeck, importMarkdown, openDeck, saveDeck } from './fileActions';
import { addSlideAfterFocus, deleteSelection, duplicateSelection } from '../slideList/slideOps';
import { openExportDialog } from './exportDialogState';
import { openFindBar } from '../find/findState';
import { startPresentation } from '../present';
import { importSource, openArgumentMap, openSourceLibrary } from '../sources';

/** Every action the toolbar, the shortcuts and the native menu can run (one name, one behaviour). */
export type AppAction = ShortcutAction | 'close' | 'export' | 'importMarkdown' | 'importSource' | 'addSourceFromLibrary' | 'argumentMap';

const store = editorStore;

/** Goes back to the gallery to pick a template (asks about unsaved changes first). */
async function newDeck(): Promise<void> {
  await closeDeck();
}

/**
 * F5 / Shift+F5: present from the first slide or from the focused one (0-based deck index). Main opens the
 * presenter view and the audience window (`startPresentation`).
 */
async function present(fromCurrent: boolean): Promise<void> {
  const s = store.getState();
  if (!s.deck || s.deck.slides.length === 0) return;
  const error = await startPresentation(s.deck, fromCurrent ? Math.max(0, selectFocusedIndex(s)) : 0);
  if (error) store.getState().showAlert('error', `Could not start presenting: ${error}`);
}

/**
 * Runs an action. Actions that need an open deck do nothing on the gallery screen. Errors are shown in the alert
 * region, never thrown to the caller.
 */
export async function runAction(action: AppAction): Promise<void> {
  const hasDeck = store.getState().deck !== null;
  try {
    switch (action) {
      case 'new':
        return hasDeck ? await newDeck() : undefined;
      case 'open':
        return void (await openDeck());
      case 'importMarkdown':
        return void (await importMarkdown());
      case 'importSource':
        return hasDeck ? await importSource() : undefined;
      case 'addSourceFromLibrary':
        return hasDeck ? openSourceLibrary() : undefined;
      case 'argumentMap':
        return hasDeck ? openArgumentMap() : undefined;
      case 'save':
        return hasDeck ? void (await saveDeck(false)) : undefined;
      case 'saveAs':
        return hasDeck ? void (await saveDeck(true)) : undefined;
      case 'close':
        return hasDeck ? await closeDeck() : undefined;
      case 'export':
        return hasDeck ? openExportDialog() : undefined;
      case 'undo':
        return hasDeck ? store.getState().undo() : undefined;
      case 'redo':
        return hasDeck ? store.getState().redo() : undefined;
      case 'duplicate':
        return hasDeck ? duplicateSelection() : undefined;
      case 'delete':
        return hasDeck ? deleteSelection() : undefined;
      case 'newSlide':
        return hasDeck ? addSlideAfterFocus() : undefined;
      case 'find':
        return hasDeck ? openFindBar(false) : undefined;
      case 'replace':
        return hasDeck ? openFindBar(true) : undefined;
      case 'present':
        return await present(false);
      case 'presentCurrent':
        return await present(true);
    }
  } catch (err) {
    store.getState().showAlert('error', err instanceof Error ? err.message : String(err));
  }
}
