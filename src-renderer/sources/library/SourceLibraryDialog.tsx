import { useEffect, useState } from 'react';
import { addSourceAs, deckHasSource } from '../../../src-shared/commands';
import type { LibraryEntry } from '../../../src-shared/ipc';
import { api, isIpcFailure } from '../../api';
import { Dialog } from '../../editor/fields/Dialog';
import { editorStore, useEditor } from '../../store';
import { openArgumentMap, openGenerateBriefing, reimportSource } from '../sourceActions';
import '../sources.css';

/** One empty list for a deck-less store state, so the selector returns the same object each time. */
const NO_SOURCES: never[] = [];
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const byline = (authors: readonly string[], date: string) => [authors.join(', '), date].filter(Boolean).join(' · ');

/**
 * "Sources" (Add source from library…): the deck's own sources, each with its argument map's editor when it has
 * text, then every source of the per-user library (title, authors,
 * date, paragraph count, whether it has an argument map; damaged files greyed with why). Add puts a library source
 * into the deck (one undo step "Add source <title>"); one the deck already lists is refused with a message.
 * Remove… deletes a library file (a damaged one too) after a second click in the same row; decks that cite the
 * source keep their own copy of it, which the row says before anything is removed.
 */
export function SourceLibraryDialog({ onClose }: { onClose: () => void }) {
  const deckSources = useEditor((s) => s.deck?.sources ?? NO_SOURCES);
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  /** The library entry whose removal waits for its confirming click. */
  const [removing, setRemoving] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api()
      .listSources({})
      .then((r) => {
        if (!live) return;
        if (isIpcFailure(r)) setMessage({ kind: 'error', text: `Could not list your source library: ${r.error.message}` });
        else setEntries(r.sources);
      });
    return () => void (live = false);
  }, []);

  const add = async (entry: LibraryEntry) => {
    const deck = editorStore.getState().deck;
    if (!deck) return;
    if (deckHasSource(deck, entry.id)) return setMessage({ kind: 'error', text: `“${entry.title}” is already a source of this deck (id ${entry.id}).` });
    const r = await api().getSource({ id: entry.id });
    if (isIpcFailure(r)) return setMessage({ kind: 'error', text: `Could not read “${entry.title}”: ${r.error.message}` });
    editorStore.getState().dispatch(addSourceAs('Add source', r.source.title), { source: r.source });
    editorStore.getState().chooseSource(r.source.id);
    setMessage({ kind: 'info', text: `Added “${r.source.title}” to this deck.` });
  };

  const remove = async (entry: LibraryEntry) => {
    setRemoving(null);
    const r = await api().removeSource({ id: entry.id });
    if (isIpcFailure(r)) return setMessage({ kind: 'error', text: `Could not remove “${entry.title}” from your source library: ${r.error.message}` });
    setEntries((list) => (list ?? []).filter((e) => e.id !== entry.id));
    setMessage({ kind: 'info', text: `Removed “${entry.title}” from your source library.` });
  };

  return (
    <Dialog title="Sources" onClose={onClose} className="src-library-dialog">
      <h3>Sources of this deck</h3>
      {deckSources.length === 0 ? (
        <p className="bd-hint">This deck lists no sources yet.</p>
      ) : (
        <ul className="src-deck-sources" aria-label="Sources of this deck">
          {deckSources.map((s) => (
            <li key={s.id}>
              <div>
                <strong>{s.title}</strong>{' '}
                <span className="bd-hint">{[byline(s.authors, s.date), s.paragraphs ? plural(s.paragraphs.length, 'paragraph') : 'no text', s.arguments?.length ? plural(s.arguments.length, 'argument') : ''].filter(Boolean).join(' · ')}</span>
              </div>
              {s.paragraphs?.length ? (
                <span className="src-source-actions">
                  <button type="button" className="bd-btn" onClick={() => openArgumentMap(s.id)} aria-label={`Argument map of “${s.title}”`}>
                    Argument map…
                  </button>
                  <button type="button" className="bd-btn" onClick={() => openGenerateBriefing(s.id)} aria-label={`Generate a briefing from “${s.title}”`}>
                    Generate briefing…
                  </button>
                  <button type="button" className="bd-btn" onClick={() => void reimportSource(s.id)} aria-label={`Re-import a newer version of “${s.title}”`}>
                    Re-import…
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h3>Add from your source library</h3>
      {message ? <p className={message.kind === 'error' ? 'src-field-error' : 'bd-hint'} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p> : null}
      {entries === null && !message ? <p className="bd-hint" role="status">Loading your source library…</p> : null}
      {entries !== null && entries.length === 0 ? <p className="bd-hint">Your library is empty: sources you import are kept here.</p> : null}
      {entries !== null && entries.length > 0 ? (
        <ul className="src-library-list" aria-label="Your source library">
          {entries.map((e) => (
            <li key={e.id} className={e.damaged ? 'left-out' : ''}>
              <div>
                <strong>{e.title}</strong>
                <span className="bd-hint">
                  {e.damaged
                    ? `Damaged: ${e.damaged}`
                    : [byline(e.authors, e.date), plural(e.paragraphCount, 'paragraph'), e.hasMap ? 'argument map' : ''].filter(Boolean).join(' · ')}
                </span>
              </div>
              {removing === e.id ? (
                <span className="src-source-actions" role="group" aria-label={`Remove “${e.title}”?`}>
                  <span className="bd-hint">Remove it from your library? Decks that cite it keep their own copy.</span>
                  <button type="button" className="bd-btn" onClick={() => void remove(e)}>Remove</button>
                  <button type="button" className="bd-btn" onClick={() => setRemoving(null)}>Keep</button>
                </span>
              ) : (
                <span className="src-source-actions">
                  {e.damaged ? null : (
                    <button type="button" className="bd-btn" onClick={() => void add(e)} aria-label={`Add “${e.title}” to the deck`}>
                      {deckSources.some((s) => s.id === e.id) ? 'In this deck' : 'Add'}
                    </button>
                  )}
                  <button type="button" className="bd-btn" onClick={() => setRemoving(e.id)} aria-label={`Remove “${e.title}” from your library`}>
                    Remove…
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="bd-dialog-actions">
        <button type="button" className="bd-btn" onClick={onClose}>Close</button>
      </div>
    </Dialog>
  );
}
