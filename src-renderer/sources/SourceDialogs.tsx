import { useEditor } from '../store';
import { ImportSourceDialog } from './import/ImportSourceDialog';
import { SourceLibraryDialog } from './library/SourceLibraryDialog';
import { ArgumentMapDialog } from './map/ArgumentMapDialog';
import { GenerateBriefingDialog } from './generate/GenerateBriefingDialog';
import { ReimportDialog } from './reimport/ReimportDialog';
import { setSourceDialog, useSourceDialog } from './sourceDialogState';

/** The open source dialog (import review, library, argument map, generate briefing, re-import), mounted by the app; none without a deck. */
export function SourceDialogs() {
  const dialog = useSourceDialog();
  const hasDeck = useEditor((s) => s.deck !== null);
  if (!dialog || !hasDeck) return null;
  const close = () => setSourceDialog(null);
  if (dialog.kind === 'import') return <ImportSourceDialog draft={dialog.draft} review={dialog.review} replacing={dialog.replacing} onClose={close} />;
  if (dialog.kind === 'generate') return <GenerateBriefingDialog sourceId={dialog.sourceId} onClose={close} />;
  if (dialog.kind === 'reimport') return <ReimportDialog sourceId={dialog.sourceId} next={dialog.next} onClose={close} />;
  if (dialog.kind === 'library') return <SourceLibraryDialog onClose={close} />;
  return <ArgumentMapDialog sourceId={dialog.sourceId} onClose={close} />;
}
