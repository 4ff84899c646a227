import { useMemo, useState } from 'react';
import { issueVersionCommand } from '../../src-shared/commands';
import { standText } from '../../src-shared/compare';
import type { Deck } from '../../src-shared/deck';
import { moveKey, nextVersionLabel, pendingChanges } from '../../src-shared/versions';
import { Dialog } from '../editor/fields/Dialog';
import { editorStore } from '../store';

/** Props of {@link IssueVersionDialog}. */
export interface IssueVersionDialogProps {
  deck: Deck;
  onClose: () => void;
}

/** Today as an ISO 8601 date (YYYY-MM-DD), in the analyst's time zone. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * "Issue version…": the label (v1, v2… or the analyst's own), date and author, then each judgment that moved since
 * the last version, from what to what, with a reason field that must be filled (ICD 203: explain change to
 * judgments), and the sources added or dropped. Issuing dispatches issueVersion once (one undo step).
 */
export function IssueVersionDialog({ deck, onClose }: IssueVersionDialogProps) {
  const pending = useMemo(() => {
    try {
      return { changes: pendingChanges(deck) };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  }, [deck]);
  const [label, setLabel] = useState(() => nextVersionLabel(deck));
  const [date, setDate] = useState(today);
  const [author, setAuthor] = useState(deck.author);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(pending.error ?? null);
  const changes = pending.changes;
  const missing = (changes?.judgments ?? []).filter((m) => (reasons[moveKey(m)] ?? '').trim() === '').length;
  const issue = () => {
    try {
      editorStore.getState().dispatch(issueVersionCommand, { label, date, author, reasons });
      editorStore.getState().showAlert('info', `Issued version ${label.trim()}.`);
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Dialog title="Issue version" onClose={onClose} className="bd-version-dialog">
      <div className="bd-version-fields">
        <label>
          Label <input value={label} onChange={(e) => setLabel(e.target.value)} maxLength={100} />
        </label>
        <label>
          Date <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          Author <input value={author} onChange={(e) => setAuthor(e.target.value)} maxLength={500} />
        </label>
      </div>
      {!changes ? (
        <p className="bd-hint">This is the deck's first version: there is no earlier version to compare with.</p>
      ) : changes.judgments.length === 0 ? (
        <p className="bd-hint">No judgment moved since {changes.since}.</p>
      ) : (
        <section aria-label="Moved judgments">
          <h3>Judgments moved since {changes.since}: say why</h3>
          <ol className="bd-version-moves">
            {changes.judgments.map((m) => (
              <li key={moveKey(m)}>
                <p className="bd-version-move-text">{m.text}</p>
                <p className="bd-version-move">
                  <del>{standText(m.from)}</del> → <ins>{standText(m.to)}</ins>
                </p>
                <label>
                  Reason
                  <textarea required aria-label={`Reason: ${m.text}`} value={reasons[moveKey(m)] ?? ''} onChange={(e) => setReasons((r) => ({ ...r, [moveKey(m)]: e.target.value }))} maxLength={2000} rows={2} />
                </label>
              </li>
            ))}
          </ol>
        </section>
      )}
      {changes && (changes.sourcesAdded.length > 0 || changes.sourcesDropped.length > 0) && (
        <p className="bd-hint">
          {changes.sourcesAdded.length > 0 && <>Sources added: {changes.sourcesAdded.map((s) => s.title || s.id).join('; ')}. </>}
          {changes.sourcesDropped.length > 0 && <>Sources dropped: {changes.sourcesDropped.map((s) => s.title || s.id).join('; ')}.</>}
        </p>
      )}
      {error && (
        <p className="bd-warning" role="alert">
          {error}
        </p>
      )}
      <div className="buttons">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="btn primary" onClick={issue} disabled={missing > 0 || label.trim() === '' || Boolean(pending.error)} title={missing > 0 ? `Give a reason for each moved judgment (${missing} left)` : undefined}>
          Issue {label.trim() || 'version'}
        </button>
      </div>
    </Dialog>
  );
}
