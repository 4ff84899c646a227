import { useState } from 'react';
import { api, isIpcFailure, type ExportFormat } from '../api';
import { editorStore } from '../store';
import { closeExportDialog } from './exportDialogState';

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'pdf', label: 'PDF (slides)' },
  { value: 'html', label: 'HTML (self-contained)' },
  { value: 'pptx', label: 'PowerPoint (.pptx)' },
  { value: 'markdown', label: 'Markdown' },
];

/**
 * A simple export dialog: format, speaker notes and backup slides, then `export:run` (main asks for the path with
 * the OS save dialog). The full export dialog (layouts, build steps, page count) is helper H/B's. Lazy-loaded.
 */
export default function ExportDialog() {
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [includeNotes, setIncludeNotes] = useState(false);
  const [includeHidden, setIncludeHidden] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    const { deck, showAlert } = editorStore.getState();
    if (!deck) return;
    setBusy(true);
    const result = await api().runExport({ deck, format, options: { includeNotes, includeHidden } });
    setBusy(false);
    if (isIpcFailure(result)) return void showAlert('error', `Export failed: ${result.error.message}`);
    closeExportDialog();
    if (!('canceled' in result)) showAlert('info', `Exported ${result.path}${result.pageCount ? ` (${result.pageCount} pages)` : ''}`);
  };
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="export-title" onKeyDown={(e) => e.key === 'Escape' && closeExportDialog()}>
        <h2 id="export-title">Export deck</h2>
        <div className="row">
          <label htmlFor="export-format">Format</label>
          <select id="export-format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} autoFocus>
            {FORMATS.map((f) => <option key={f.value} value={f.value}>{f.label}</option>)}
          </select>
        </div>
        <label className="row" style={{ flexDirection: 'row', gap: 6 }}>
          <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} /> Include speaker notes
        </label>
        <label className="row" style={{ flexDirection: 'row', gap: 6 }}>
          <input type="checkbox" checked={includeHidden} onChange={(e) => setIncludeHidden(e.target.checked)} /> Include hidden (backup) slides
        </label>
        <div className="buttons">
          <button type="button" className="btn" onClick={closeExportDialog}>Cancel</button>
          <button type="button" className="btn primary" onClick={() => void run()} disabled={busy}>{busy ? 'Exporting…' : 'Export…'}</button>
        </div>
      </div>
    </div>
  );
}
