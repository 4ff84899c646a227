import { updateDeckSettings } from '../../src-shared/commands';
import { Dialog } from '../editor/fields/Dialog';
import { editorStore, useEditor } from '../store';
import { DeckSettingsForm, settingsOf } from './DeckSettingsForm';
import '../editor/editor.css';

/**
 * The deck settings dialog, connected to the store: shown while `panels.settings` is open (the toolbar's "Deck
 * settings" button toggles it). Saving dispatches `updateDeckSettings` once (one undo step, "Edit deck settings")
 * and closes; Cancel or Escape closes without changes.
 */
export function DeckSettingsDialog() {
  const open = useEditor((s) => s.panels.settings);
  const deck = useEditor((s) => s.deck);
  if (!open || !deck) return null;
  const close = () => editorStore.getState().setPanel('settings', false);
  return (
    <Dialog title="Deck settings" onClose={close} className="bd-settings-dialog">
      <DeckSettingsForm
        initial={settingsOf(deck)}
        onCancel={close}
        onApply={(patch) => {
          try {
            editorStore.getState().dispatch(updateDeckSettings, { patch });
            close();
          } catch (err) {
            editorStore.getState().showAlert('error', err instanceof Error ? err.message : String(err));
          }
        }}
      />
    </Dialog>
  );
}
