import { lazy, Suspense, useEffect } from 'react';
import { editorStore, useEditor } from '../store';
import { useShortcuts } from '../shortcuts/useShortcuts';
import { Gallery } from '../gallery/Gallery';
import { blankDeck } from '../gallery/blankDeck';
import { Toolbar } from './Toolbar';
import { AlertRegion } from './AlertRegion';
import { ClassificationBar } from './ClassificationBar';
import { EditorScreen } from './EditorScreen';
import { ConfirmDialog } from './ConfirmDialog';
import { DeckSettingsDialog } from '../settings';
import { runAction } from './actions';
import { connectMenu, noteLocalAction } from './menuBridge';
import { newFromTemplate, openDeck, showDeck } from './fileActions';
import { startAutosave } from './autosave';
import { listenForFileDrops } from './fileDrop';
import { offerRecovery } from './recovery';
import { useExportDialogOpen } from './exportDialogState';
import { hasApi } from '../api';
import { onPresentationEnded } from '../present';
import { SourceDialogs } from '../sources';
import { VersionDialogs } from '../versions';
import { FindBar } from '../find/FindBar';

/** Loaded on demand, so that the initial bundle stays small (performance.md: present and export load lazily). */
const ExportDialog = lazy(() => import('../export')); // full export dialog (src-renderer/export)

/**
 * The app: the gallery when no deck is open, else the editor; a toolbar, the alert region, the in-page dialog, the
 * export dialog; file drops open decks. Presenting runs in windows of its own (routes). Wires the native menu, the shortcuts, autosave and crash recovery.
 */
export function App() {
  const hasDeck = useEditor((s) => s.deck !== null);
  const exportOpen = useExportDialogOpen();

  useShortcuts((action) => {
    noteLocalAction(action);
    void runAction(action);
  });

  useEffect(() => {
    if (!hasApi()) return;
    const disconnect = connectMenu();
    const stopAutosave = startAutosave();
    const stopDrops = listenForFileDrops();
    void offerRecovery();
    // Back from presenting: focus the slide last shown.
    const offPresent = onPresentationEnded((last) => {
      const slide = editorStore.getState().deck?.slides[last];
      if (slide) editorStore.getState().selectSlide(slide.id);
    });
    return () => {
      offPresent();
      stopDrops();
      disconnect();
      stopAutosave();
    };
  }, []);

  return (
    <div className="app">
      <Toolbar />
      <div>
        <ClassificationBar />
        <AlertRegion />
      </div>
      {hasDeck ? (
        <EditorScreen />
      ) : (
        <Gallery onUseTemplate={(id) => void newFromTemplate(id)} onBlank={() => showDeck(blankDeck(), { path: null, hash: null })} onOpen={() => void openDeck()} onOpenRecent={(path) => void openDeck(path)} />
      )}
      {hasDeck && <FindBar />}
      <ConfirmDialog />
      <DeckSettingsDialog />
      <SourceDialogs />
      <VersionDialogs />
      <Suspense fallback={null}>
        {exportOpen && hasDeck && <ExportDialog />}
      </Suspense>
    </div>
  );
}
