import { useEffect, useMemo, useRef, useState } from 'react';
import { resolveExportOptions, type ExportOptions } from '../../src-shared/export/exportOptions';
import { closeExportDialog } from '../app/exportDialogState';
import { showVersionDialog } from '../versions';
import type { PreflightIssue } from '../../src-shared/export';
import { useArgumentMaps } from '../editor/citations/useArgumentMaps';
import type { RuleId } from '../../src-shared/tradecraft';
import { focusFinding } from '../tradecraft';
import { editorStore, useEditor } from '../store';
import { ExportOptionFields } from './ExportOptionFields';
import { pageCountText } from './pageCountText';
import { PreflightList } from './PreflightList';
import { useExportJob } from './useExportJob';
import { usePreflight } from './usePreflight';
import './exportDialog.css';

/** The options the dialog opens with: kept for the session, so a second export starts from the last choice. */
let lastOptions: ExportOptions = resolveExportOptions();

const STAGE: Record<string, string> = { rendering: 'Preparing', layout: 'Laying out', printing: 'Printing', merging: 'Merging', writing: 'Writing', done: 'Done' };

/**
 * The export dialog (loaded lazily from the app shell): format, paper, PDF layout, handout options, builds, audience
 * copy, hidden slides; the page count stated before the export; the pre-export check with a click that jumps to the
 * slide; progress with cancel; a failure that names its slide offers to jump there. Never changes the deck.
 */
export default function ExportDialog() {
  const deck = useEditor((s) => s.deck);
  const [options, setOptions] = useState<ExportOptions>(lastOptions);
  const { state, run, cancel } = useExportJob();
  const running = state.phase === 'running';
  const { maps } = useArgumentMaps();
  const preflight = usePreflight(deck!, options, maps);
  // A marked deck with unmarked or unreadable portions is refused by export:run (src-main exportHandlers): say so here.
  const blockers = preflight.issues.filter((i) => i.kind === 'tradecraft' && i.severity === 'error');
  // So is a PDF with characters no bundled font has (uncoveredCharacterBlockers, checked again by export:run).
  const uncovered = options.format === 'pdf' ? preflight.issues.filter((i) => i.kind === 'font' && i.severity === 'error') : [];
  const count = useMemo(() => (deck ? pageCountText(deck, options) : ''), [deck, options]);
  const dialogRef = useRef<HTMLDivElement>(null);
  // The dialog takes focus when it opens (WAI-ARIA APG, modal dialog pattern), so Esc reaches its key handler at once.
  useEffect(() => dialogRef.current?.focus(), []);
  useEffect(() => void (lastOptions = options), [options]);
  useEffect(() => {
    if (state.phase !== 'done') return;
    editorStore.getState().showAlert('info', `Exported ${state.path}${state.pageCount ? ` (${state.pageCount} pages)` : ''}`);
    closeExportDialog();
  }, [state]);
  if (!deck) return null;

  const jump = (slideIndex: number) => {
    const slide = deck.slides[slideIndex];
    if (!slide) return;
    editorStore.getState().selectSlide(slide.id, 'replace');
    closeExportDialog();
  };
  const jumpToIssue = (issue: PreflightIssue) => {
    const slide = issue.slideIndex === null ? undefined : deck.slides[issue.slideIndex];
    if (!slide) return;
    closeExportDialog();
    if (issue.kind === 'tradecraft' && issue.rule !== undefined && issue.field !== undefined) focusFinding({ rule: issue.rule as RuleId, slideId: slide.id, field: issue.field });
    else editorStore.getState().selectSlide(slide.id, 'replace');
  };
  const progress = state.phase === 'running' ? state.progress : null;
  return (
    <div className="modal-backdrop">
      <div ref={dialogRef} tabIndex={-1} className="modal export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" onKeyDown={(e) => e.key === 'Escape' && !running && closeExportDialog()}>
        <h2 id="export-title">Export deck</h2>
        <ExportOptionFields options={options} disabled={running} onChange={(patch) => setOptions((o) => resolveExportOptions({ ...o, ...patch }))} />
        <p className="export-count" role="status">{count}</p>
        <PreflightList issues={preflight.issues} measuring={preflight.measuring} error={preflight.error} onJump={jumpToIssue} />
        {blockers.length > 0 && (
          <p className="export-error" role="alert">
            Export refused: the deck is marked and {blockers.length === 1 ? '1 marking problem remains' : `${blockers.length} marking problems remain`} (listed above). Mark each portion, or choose no marking in the deck settings.
          </p>
        )}
        {uncovered.length > 0 && (
          <p className="export-error" role="alert">
            Export refused: no bundled font has some characters on {uncovered.length === 1 ? '1 slide' : `${uncovered.length} slides`} (listed above), so the PDF would print them as empty boxes. Replace them, or export HTML, PPTX or Markdown.
          </p>
        )}
        {state.phase === 'running' && (
          <div className="export-progress">
            <progress max={progress?.total || 1} value={progress?.done ?? 0} aria-label="Export progress" />
            <span>{state.cancelling ? 'Cancelling…' : progress ? `${STAGE[progress.stage] ?? progress.stage} ${progress.done} of ${progress.total}` : 'Starting…'}</span>
          </div>
        )}
        {state.phase === 'failed' && (
          <p className="export-error" role="alert">
            Export failed: {state.message}{' '}
            {state.slideNumber !== null && (
              <button type="button" className="btn" onClick={() => jump((state.slideNumber as number) - 1)}>Go to slide {state.slideNumber}</button>
            )}
          </p>
        )}
        <div className="buttons">
          {running ? (
            <button type="button" className="btn" onClick={cancel} disabled={state.cancelling}>Cancel export</button>
          ) : (
            <button type="button" className="btn" onClick={closeExportDialog}>Close</button>
          )}
          <button type="button" className="btn" onClick={() => showVersionDialog({ kind: 'issue' })} disabled={running} title="Record this state of the deck as a version (the what-changed slide lists what moved since the last one)">Issue version…</button>
          <button type="button" className="btn primary" onClick={() => void run(deck, options)} disabled={running || blockers.length > 0 || uncovered.length > 0}>{running ? 'Exporting…' : 'Export…'}</button>
        </div>
      </div>
    </div>
  );
}
