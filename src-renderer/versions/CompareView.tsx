import { useMemo } from 'react';
import { compareDecks, comparisonSummaryText, standText, type DeckComparison, type SlideComparison } from '../../src-shared/compare';
import type { Deck } from '../../src-shared/deck';
import { Dialog } from '../editor/fields/Dialog';
import { DiffRuns } from './DiffRuns';

/** Props of {@link CompareView}. */
export interface CompareViewProps {
  before: Deck;
  after: Deck;
  beforeLabel: string;
  afterLabel: string;
  onClose: () => void;
}

const STATUS: Record<SlideComparison['status'], string> = { added: 'added', removed: 'removed', changed: 'changed', same: 'unchanged' };

function rowId(i: number): string {
  return `bd-compare-row-${i}`;
}

function SideCell({ slide, side }: { slide: SlideComparison; side: 'before' | 'after' }) {
  const ref = side === 'before' ? slide.before : slide.after;
  if (!ref) return <td className="bd-compare-empty">—</td>;
  return (
    <td>
      <p className="bd-compare-title">
        {ref.index + 1}. {ref.title || ref.layout}
      </p>
      <ul>
        {slide.text.map((t, i) => {
          const text = side === 'before' ? t.before : t.after;
          if (text === null) return null;
          return (
            <li key={i} className={`bd-compare-${t.change}`}>
              <span className="bd-compare-label">{t.label}: </span>
              {t.runs ? <DiffRuns runs={t.runs} side={side} /> : side === 'before' ? <del>{text}</del> : <ins>{text}</ins>}
            </li>
          );
        })}
        {slide.judgments.map((j, i) => (
          <li key={`j${i}`} className="bd-compare-judgment">
            <span className="bd-compare-label">{j.label}: </span>
            {side === 'before' ? <del>{standText(j.from)}</del> : <ins>{standText(j.to)}</ins>}
            <span className="bd-compare-judgment-text"> — {j.text}</span>
          </li>
        ))}
        {slide.citations
          .filter((c) => (side === 'before' ? c.change === 'dropped' : c.change === 'added'))
          .map((c, i) => (
            <li key={`c${i}`} className="bd-compare-citation">
              <span className="bd-compare-label">citation ({c.label}): </span>
              {side === 'before' ? <del>{`${c.sourceId} ¶${c.paragraphs.join(', ')}`}</del> : <ins>{`${c.sourceId} ¶${c.paragraphs.join(', ')}`}</ins>}
            </li>
          ))}
      </ul>
    </td>
  );
}

function summaryText(cmp: DeckComparison): string {
  return comparisonSummaryText(cmp.summary);
}

/**
 * Two decks side by side, slide by slide (compareDecks): each row an older slide and its newer match, reworded words
 * marked (deleted on the left, inserted on the right), judgments from what to what, citations and sources added or
 * dropped, and a jump list that scrolls to each change. Unchanged slides are one quiet row each.
 */
export function CompareView({ before, after, beforeLabel, afterLabel, onClose }: CompareViewProps) {
  const cmp = useMemo(() => compareDecks(before, after), [before, after]);
  const changed = cmp.slides.map((s, i) => ({ s, i })).filter(({ s }) => s.status !== 'same');
  const jump = (i: number) => document.getElementById(rowId(i))?.scrollIntoView({ block: 'center' });
  return (
    <Dialog title={`Compare ${beforeLabel} with ${afterLabel}`} onClose={onClose} className="bd-compare-dialog">
      <p role="status">{summaryText(cmp)}</p>
      {changed.length > 0 && (
        <nav aria-label="Changes">
          <ol className="bd-compare-jumps">
            {changed.map(({ s, i }) => (
              <li key={i}>
                <button type="button" className="link-btn" onClick={() => jump(i)}>
                  {(s.after ?? s.before)!.title || (s.after ?? s.before)!.layout} ({STATUS[s.status]}
                  {s.moved ? ', moved' : ''})
                </button>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="bd-compare-scroll">
        <table className="bd-compare-table">
          <thead>
            <tr>
              <th scope="col">{beforeLabel}</th>
              <th scope="col">{afterLabel}</th>
            </tr>
          </thead>
          <tbody>
            {cmp.slides.map((s, i) => (
              <tr key={i} id={rowId(i)} className={`bd-compare-row bd-compare-${s.status}${s.moved ? ' bd-compare-moved' : ''}`} aria-label={`${STATUS[s.status]}${s.moved ? ', moved' : ''}`}>
                <SideCell slide={s} side="before" />
                <SideCell slide={s} side="after" />
              </tr>
            ))}
          </tbody>
        </table>
        {(cmp.sources.added.length > 0 || cmp.sources.dropped.length > 0) && (
          <p>
            {cmp.sources.added.map((x) => (
              <ins key={x.id}>Source added: {x.title} </ins>
            ))}
            {cmp.sources.dropped.map((x) => (
              <del key={x.id}>Source dropped: {x.title} </del>
            ))}
          </p>
        )}
      </div>
      <div className="buttons">
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
