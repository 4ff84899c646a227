import type { ArgumentMap } from '../../../src-shared/sources';
import { slidesFromArgument } from '../../../src-shared/sources';
import { Dialog } from '../fields/Dialog';

/** Props of {@link InsertArgumentDialog}. */
export interface InsertArgumentDialogProps {
  maps: readonly ArgumentMap[];
  /** Shown instead of the list when the maps could not be loaded. */
  error?: string | null;
  loading?: boolean;
  /** Called with the chosen argument's map and id; the caller inserts its slides and closes the dialog. */
  onInsert: (map: ArgumentMap, argumentId: string) => void;
  onClose: () => void;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * "Insert from the argument map": lists each argument (title, summary, how many claims, facts and counterpoints,
 * and how many slides it becomes per `slidesFromArgument`). Choosing one calls `onInsert`.
 */
export function InsertArgumentDialog({ maps, error, loading, onInsert, onClose }: InsertArgumentDialogProps) {
  return (
    <Dialog title="Insert from the argument map" onClose={onClose} className="bd-insert-dialog">
      <p className="bd-hint">Each argument becomes cited slides, inserted after the current slide.</p>
      {error ? <p className="bd-warning" role="alert">{error}</p> : null}
      {loading ? <p className="bd-hint" role="status">Loading the argument map…</p> : null}
      {maps.map((map) => (
        <ul key={map.source.id} className="bd-pick-list" aria-label={`Arguments of “${map.source.title}”`}>
          {map.arguments.map((a) => {
            const slideCount = slidesFromArgument(a, map.source.id).length;
            return (
              <li key={a.id}>
                <button type="button" className="bd-pick-button" onClick={() => onInsert(map, a.id)}>
                  <strong>{a.title}</strong>
                  <span>{a.summary}</span>
                  <span>
                    {plural(a.claims.length, 'claim')} · {plural(a.facts.length, 'fact')} · {plural(a.counterpoints.length, 'counterpoint')} →{' '}
                    {plural(slideCount, 'slide')}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ))}
      <div className="bd-dialog-actions">
        <button type="button" className="bd-btn" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
