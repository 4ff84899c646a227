import { api } from '../api';
import { editorStore } from '../store';
import { openDeck } from './fileActions';

/** True when a drag carries files (not text or a link dragged within the page). */
function carriesFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Dropping a `.briefdeck` file anywhere on the window opens it (asking about unsaved changes first). The page never
 * navigates to a dropped file: every file drop is cancelled here. The file's path comes from `api().pathForFile`
 * (Electron's `webUtils.getPathForFile`); main reads and checks the file like any other open. Returns the remover.
 */
export function listenForFileDrops(target: Window = window): () => void {
  const onDragOver = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    const file = e.dataTransfer?.files[0];
    const path = file ? api().pathForFile(file) : '';
    if (!path) return void editorStore.getState().showAlert('error', 'Only files from the file system can be opened.');
    if (!/\.briefdeck$/i.test(path)) return void editorStore.getState().showAlert('error', `${file!.name} is not a BriefDeck deck (.briefdeck).`);
    void openDeck(path);
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}
