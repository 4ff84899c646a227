import { useMemo } from 'react';
import { reimportSource } from '../../../src-shared/commands';
import type { Source } from '../../../src-shared/deck';
import { reimportReport, type ReimportReport } from '../../../src-shared/reimport';
import { formatParagraphs } from '../../../src-shared/sources/paragraphs';
import { api, isIpcFailure } from '../../api';
import { Dialog } from '../../editor/fields/Dialog';
import { editorStore, useEditor } from '../../store';
import { statementName, statementOfField } from '../statementOfField';
import '../sources.css';

/** Props of {@link ReimportDialog}: the deck source and its newer version, as accepted in the import review. */
export interface ReimportDialogProps {
  sourceId: string;
  next: Source;
  onClose: () => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** A citation's place on its slide as the editor names it ("key judgment 1", not the field path "judgments[0]"). */
const where = (field: string) => {
  const target = statementOfField(field);
  return target ? statementName(target) : field;
};

/** The vanished paragraphs (old numbers) that a citation of the deck rests on, in order: Apply drops them. */
function droppedOnApply(report: ReimportReport): number[] {
  const vanished = new Set(report.matches.filter((m) => m.status === 'vanished').map((m) => m.old));
  return [...new Set(report.affected.flatMap((a) => a.paragraphs.filter((n) => vanished.has(n))))].sort((a, b) => a - b);
}

/**
 * What a newer version of a source changes (reimportReport): how many paragraphs are the same, moved, changed or
 * vanished, and each citation whose paragraph changed or vanished with the slide it sits on (a click selects the
 * slide). Apply replaces the source in one undo step (reimportSource: moved and changed paragraphs renumbered,
 * vanished ones dropped from the citations); Cancel changes nothing.
 */
export function ReimportDialog({ sourceId, next, onClose }: ReimportDialogProps) {
  const deck = useEditor((s) => s.deck);
  const report = useMemo(() => {
    if (!deck) return null;
    try {
      return reimportReport(deck, sourceId, next);
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  }, [deck, sourceId, next]);
  const title = deck?.sources.find((s) => s.id === sourceId)?.title ?? sourceId;
  if (report === null) return null;
  const count = (status: string) => (typeof report === 'string' ? 0 : report.matches.filter((m) => m.status === status).length);
  const added = typeof report === 'string' ? 0 : (next.paragraphs?.length ?? 0) - report.matches.filter((m) => m.next !== null).length;
  const dropped = typeof report === 'string' ? [] : droppedOnApply(report);

  const apply = async () => {
    const after = editorStore.getState().dispatch({ ...reimportSource, label: `Re-import ${title}` }, { sourceId, next });
    onClose();
    const what = `Re-imported “${title}”: ${plural(next.paragraphs?.length ?? 0, 'paragraph')}.`;
    // The source library keeps the newer version too, so the next deck that adds this source from the library gets it.
    const source = after.sources.find((s) => s.id === sourceId);
    const saved = source ? await api().saveSource({ source }) : null;
    if (saved && isIpcFailure(saved)) editorStore.getState().showAlert('error', `${what} It could not be saved to your source library: ${saved.error.message}`);
    else editorStore.getState().showAlert('info', `${what}${saved ? ' Saved to your source library.' : ''}`);
  };

  return (
    <Dialog title={`Re-import: ${title}`} onClose={onClose} className="src-reimport-dialog">
      {typeof report === 'string' ? (
        <p className="src-field-error" role="alert">{report}</p>
      ) : (
        <>
          <p role="status">
            {plural(count('same'), 'paragraph')} the same, {count('moved')} moved, {count('changed')} changed, {count('vanished')} vanished; {plural(Math.max(0, added), 'new paragraph')}.
          </p>
          {report.affected.length === 0 ? (
            <p className="bd-hint">No citation of this deck rests on a paragraph that changed or vanished.</p>
          ) : (
            <>
              <h3>Citations to check</h3>
              <ul className="src-affected" aria-label="Citations to check">
                {report.affected.map((a) => (
                  <li key={`${a.slideId}-${a.field}-${a.paragraphs.join(',')}`}>
                    <button type="button" className="bd-link" onClick={() => editorStore.getState().selectSlide(a.slideId)}>
                      Slide {a.slideIndex + 1}: {a.slideTitle || '(untitled)'}
                    </button>{' '}
                    {a.field ? <span className="bd-hint">{where(a.field)}</span> : null} {formatParagraphs(a.paragraphs)}{' '}
                    <strong className={`src-status-${a.status}`}>{a.status === 'vanished' ? 'vanished: no paragraph like it is left' : 'changed: reread it'}</strong>
                  </li>
                ))}
              </ul>
            </>
          )}
          {dropped.length > 0 ? (
            <p className="bd-hint">
              Dropped on Apply: {dropped.map((n) => `¶${n}`).join(', ')} (vanished). A citation left with no paragraph is removed, and
              its statement shows as uncited in Tradecraft.
            </p>
          ) : null}
          {report.renumbered.length > 0 ? (
            <p className="bd-hint">Renumbered on Apply: {report.renumbered.map((r) => `¶${r.from} → ¶${r.to}`).join(', ')}.</p>
          ) : null}
          <div className="bd-dialog-actions">
            <button type="button" className="bd-btn" onClick={onClose}>Cancel</button>
            <button type="button" className="bd-btn bd-btn-primary" onClick={() => void apply()}>Apply</button>
          </div>
        </>
      )}
    </Dialog>
  );
}
