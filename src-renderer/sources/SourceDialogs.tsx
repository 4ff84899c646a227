import { useEditor } from '../store';
import { ImportSourceDialog } from './import/ImportSourceDialog';
import { SourceLibraryDialog } from './library/SourceLibraryDialog';
import { ArgumentMapDialog } from './map/ArgumentMapDialog';
import { setSourceDialog, useSourceDialog } from './sourceDialogState';

/** The open source dialog (import review, library, argument map), mounted by the app; none without a deck. */
export function SourceDialogs() {
  const dialog = useSourceDialog();
  const hasDeck = useEditor((s) => s.deck !== null);
  if (!dialog || !hasDeck) return null;
  const close = () => setSourceDialog(null);
  if (dialog.kind === 'import') return <ImportSourceDialog draft={dialog.draft} review={dialog.review} onClose={close} />;
  if (dialog.kind === 'library') return <SourceLibraryDialog onClose={close} />;
  return <ArgumentMapDialog sourceId={dialog.sourceId} onClose={close} />;
}
