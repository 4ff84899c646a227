import { useId, useMemo, useRef, useState } from 'react';
import { setSourceArguments } from '../../../src-shared/commands';
import type { Source } from '../../../src-shared/deck';
import { argumentsFromDrafts, draftsFromArguments, emptyItemDraft, type ArgumentDraft, type DraftProblem } from '../../../src-shared/sources';
import { api, isIpcFailure } from '../../api';
import { Dialog } from '../../editor/fields/Dialog';
import { editorStore } from '../../store';
import { ArgumentFields, moved } from './ArgumentFields';
import '../sources.css';

let keyCounter = 0;
const newKey = () => `m${++keyCounter}`;

/** The deck sources whose text the deck carries: the ones an argument map can cite by paragraph. */
export function sourcesWithText(sources: readonly Source[]): Source[] {
  return sources.filter((s) => (s.paragraphs?.length ?? 0) > 0);
}

/**
 * "Argument map": edits the argument map of a deck source that has text (`sourceId`, else the first; a chooser
 * when several have text): arguments
 * with title and summary, and under each its claims, facts (with an ISO date) and counterpoints, each with its text,
 * cited paragraphs and the source's stance. Save checks every field (messages beside each), then replaces the map in
 * one undo step ("Edit argument map") and saves the source to the library when the library holds it.
 */
export function ArgumentMapDialog({ sourceId: initial, onClose }: { sourceId?: string; onClose: () => void }) {
  const candidates = useMemo(() => sourcesWithText(editorStore.getState().deck?.sources ?? []), []);
  const first = candidates.find((s) => s.id === initial) ?? candidates[0];
  const [sourceId, setSourceId] = useState(first?.id ?? '');
  const source = candidates.find((s) => s.id === sourceId);
  const [drafts, setDrafts] = useState<ArgumentDraft[]>(() => draftsFromArguments(first?.arguments ?? [], newKey));
  const [problems, setProblems] = useState<DraftProblem[] | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const paragraphs = source?.paragraphs ?? [];

  // After a failed save the messages follow the edits, so a fixed field loses its message as the user types.
  const live = useMemo(() => {
    if (problems === null) return [];
    const r = argumentsFromDrafts(drafts, paragraphs.length);
    return r.ok ? [] : r.problems;
  }, [problems, drafts, paragraphs.length]);
  const problem = (field: string) => live.find((p) => p.field === field)?.message;

  const choose = (next: string) => {
    setSourceId(next);
    setDrafts(draftsFromArguments(candidates.find((s) => s.id === next)?.arguments ?? [], newKey));
    setProblems(null);
  };
  const addArgument = () => setDrafts([...drafts, { key: newKey(), title: '', summary: '', claims: [emptyItemDraft(newKey())], facts: [], counterpoints: [] }]);

  const save = async () => {
    if (!source) return;
    const built = argumentsFromDrafts(drafts, paragraphs.length);
    if (!built.ok) {
      setProblems(built.problems);
      requestAnimationFrame(() => bodyRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const store = editorStore.getState();
    const before = store.deck?.sources.find((s) => s.id === source.id);
    if (JSON.stringify(before?.arguments ?? []) !== JSON.stringify(built.arguments)) store.dispatch(setSourceArguments, { sourceId: source.id, arguments: built.arguments });
    onClose();
    const updated = editorStore.getState().deck?.sources.find((s) => s.id === source.id);
    const listed = await api().listSources({});
    if (!updated || isIpcFailure(listed) || !listed.sources.some((e) => e.id === source.id && e.damaged === undefined)) return;
    const saved = await api().saveSource({ source: updated });
    if (isIpcFailure(saved)) editorStore.getState().showAlert('error', `The argument map is saved in the deck, but not in your source library: ${saved.error.message}`);
    else editorStore.getState().showAlert('info', `Saved the argument map of “${updated.title}” in the deck and in your source library.`);
  };

  return (
    <Dialog title="Argument map" onClose={onClose} className="src-map-dialog">
      {candidates.length > 1 ? (
        <div className="src-field">
          <label htmlFor={`${id}-source`}>Source</label>
          <select id={`${id}-source`} value={sourceId} onChange={(e) => choose(e.target.value)}>
            {candidates.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
          </select>
          <span className="bd-hint">Choosing another source drops edits not saved yet.</span>
        </div>
      ) : (
        <p className="bd-hint">Source: <strong>{source?.title}</strong></p>
      )}
      <p className="bd-hint">
        {paragraphs.length} paragraphs (¶1–{paragraphs.length}). State each item in your own words, cite the paragraphs it rests on, and record how the source states it.
      </p>
      <div className="src-map-body" ref={bodyRef}>
        {drafts.length === 0 ? <p className="bd-hint">No arguments yet.</p> : null}
        {drafts.map((d, i) => (
          <ArgumentFields
            key={d.key}
            draft={d}
            position={i + 1}
            paragraphs={paragraphs}
            onChange={(next) => setDrafts(drafts.map((x) => (x.key === d.key ? next : x)))}
            problem={problem}
            newKey={newKey}
            onMove={(by) => setDrafts(moved(drafts, i, by))}
            onDelete={() => setDrafts(drafts.filter((x) => x.key !== d.key))}
            isFirst={i === 0}
            isLast={i === drafts.length - 1}
          />
        ))}
        <button type="button" className="bd-btn" onClick={addArgument}>Add argument</button>
      </div>
      {live.length > 0 ? (
        <p className="src-field-error" role="alert">
          {live.length === 1 ? 'One field needs' : `${live.length} fields need`} attention before the map can be saved{live.some((p) => p.field === 'map') ? `: ${live.find((p) => p.field === 'map')?.message}` : '.'}
        </p>
      ) : null}
      <div className="bd-dialog-actions">
        <button type="button" className="bd-btn" onClick={onClose}>Cancel</button>
        <button type="button" className="bd-btn bd-btn-primary" onClick={() => void save()}>Save map</button>
      </div>
    </Dialog>
  );
}
