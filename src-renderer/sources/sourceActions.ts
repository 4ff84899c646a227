import { api, isIpcFailure } from '../api';
import { editorStore } from '../store';
import { setSourceDialog } from './sourceDialogState';

/**
 * The source actions of the toolbar and the File menu. Each needs an open deck (a source is added to the deck);
 * failures go to the alert region as one line, and nothing changes.
 */
const store = editorStore;

/**
 * Import source…: main asks for the file (open dialog), reads it and proposes its paragraphs; the review dialog
 * opens on them (with `replacing`, as a newer version of that deck source). A dismissed dialog does nothing; a file that cannot be read gives main's one-line message.
 */
export async function importSource(replacing?: string): Promise<void> {
  if (!store.getState().deck) return;
  const result = await api().readSource({});
  if (isIpcFailure(result)) return void store.getState().showAlert('error', result.error.message);
  if ('canceled' in result) return;
  store.getState().dismissAlert();
  setSourceDialog({ kind: 'import', draft: result.draft, review: result.review, ...(replacing !== undefined ? { replacing } : {}) });
}

/**
 * Re-import…: a newer version of deck source `sourceId`, read and reviewed like an import; accepting it shows what
 * changed (the re-import report) before anything is replaced.
 */
export function reimportSource(sourceId: string): Promise<void> {
  return importSource(sourceId);
}

/** Generate briefing…: the dialog, on deck source `sourceId` (or the first with text). */
export function openGenerateBriefing(sourceId?: string): void {
  if (store.getState().deck) setSourceDialog({ kind: 'generate', ...(sourceId !== undefined ? { sourceId } : {}) });
}

/** Add source from library…: the library dialog. */
export function openSourceLibrary(): void {
  if (store.getState().deck) setSourceDialog({ kind: 'library' });
}

/**
 * Argument map…: the editor, for a deck source that has text (`sourceId`, or the first such source); says so when
 * the deck has none.
 */
export function openArgumentMap(sourceId?: string): void {
  const deck = store.getState().deck;
  if (!deck) return;
  if (!deck.sources.some((s) => (s.paragraphs?.length ?? 0) > 0)) {
    store.getState().showAlert('info', 'No source of this deck has its text: import a source first (Import source…).');
    return;
  }
  setSourceDialog({ kind: 'map', ...(sourceId !== undefined ? { sourceId } : {}) });
}
