import { useMemo } from 'react';
import type { Deck } from '../../src-shared/deck';
import { versionDeck } from '../../src-shared/versions';
import { api, isIpcFailure } from '../api';
import { confirmDiscard, showDeck } from '../app/fileActions';
import { Dialog } from '../editor/fields/Dialog';
import { editorStore, useEditor } from '../store';
import { CompareView } from './CompareView';
import { IssueVersionDialog } from './IssueVersionDialog';
import { showVersionDialog, useVersionDialog } from './versionDialogState';
import './versions.css';

const close = () => showVersionDialog(null);

/**
 * Opens issued version `index` in the window, read-only (Save goes to Save As), as it was issued, so it can be
 * presented or exported as it was. Asks first when the deck has unsaved changes.
 */
async function openVersion(deck: Deck, index: number): Promise<void> {
  let old: Deck;
  try {
    old = versionDeck(deck, index);
  } catch (err) {
    editorStore.getState().showAlert('error', err instanceof Error ? err.message : String(err));
    return;
  }
  if (!(await confirmDiscard('open an issued version'))) return;
  close();
  showDeck(old, { path: null, hash: null, readOnly: true });
  editorStore.getState().showAlert('info', `Version ${deck.versions?.[index]?.label ?? index + 1}, as issued: read-only. Use Save As to keep a copy.`);
}

/** Asks for another deck file (the open dialog) and compares it, as the older side, with the deck now. */
async function compareWithFile(): Promise<void> {
  const result = await api().openDeck({});
  if (isIpcFailure(result)) return void editorStore.getState().showAlert('error', `Could not open the deck: ${result.error.message}`);
  if ('canceled' in result) return;
  showVersionDialog({ kind: 'compare-file', other: result.deck, label: result.path.split(/[\\/]/).pop() ?? result.deck.title });
}

function VersionList({ deck }: { deck: Deck }) {
  const versions = deck.versions ?? [];
  return (
    <Dialog title="Versions" onClose={close} className="bd-version-dialog">
      {versions.length === 0 ? (
        <p className="bd-hint">No version issued yet. Issue one from File ▸ Issue Version… or the export dialog.</p>
      ) : (
        <table className="bd-version-table">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Date</th>
              <th scope="col">Author</th>
              <th scope="col">Judgments moved</th>
              <th scope="col">
                <span className="bd-sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v, i) => (
              <tr key={v.label}>
                <td>{v.label}</td>
                <td>{v.date}</td>
                <td>{v.author}</td>
                <td>{v.changes ? v.changes.judgments.length : '—'}</td>
                <td>
                  <button type="button" className="btn" onClick={() => void openVersion(deck, i)}>
                    Open {v.label} read-only
                  </button>{' '}
                  <button type="button" className="btn" onClick={() => showVersionDialog({ kind: 'compare', versionIndex: i })}>
                    Compare {v.label} with now
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="buttons">
        <button type="button" className="btn primary" onClick={() => showVersionDialog({ kind: 'issue' })}>
          Issue version…
        </button>
        <button type="button" className="btn" onClick={() => void compareWithFile()}>
          Compare with another deck…
        </button>
        <button type="button" className="btn" onClick={close}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

function CompareWithNow({ deck, index }: { deck: Deck; index: number }) {
  const old = useMemo(() => {
    try {
      return versionDeck(deck, index);
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  }, [deck, index]);
  if (typeof old === 'string') {
    return (
      <Dialog title="Compare" onClose={close}>
        <p role="alert">{old}</p>
      </Dialog>
    );
  }
  return <CompareView before={old} after={deck} beforeLabel={deck.versions?.[index]?.label ?? `version ${index + 1}`} afterLabel="now" onClose={() => showVersionDialog({ kind: 'list' })} />;
}

/** The versions dialogs (issue, list, compare) of the open deck, whichever is open (versionDialogState). */
export function VersionDialogs() {
  const dialog = useVersionDialog();
  const deck = useEditor((s) => s.deck);
  if (!dialog || !deck) return null;
  switch (dialog.kind) {
    case 'issue':
      return <IssueVersionDialog deck={deck} onClose={close} />;
    case 'list':
      return <VersionList deck={deck} />;
    case 'compare':
      return <CompareWithNow deck={deck} index={dialog.versionIndex} />;
    case 'compare-file':
      return <CompareView before={dialog.other} after={deck} beforeLabel={dialog.label} afterLabel="now" onClose={() => showVersionDialog({ kind: 'list' })} />;
  }
}
