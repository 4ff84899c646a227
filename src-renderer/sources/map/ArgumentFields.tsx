import { useId } from 'react';
import type { SourceTextParagraph } from '../../../src-shared/deck';
import { DRAFT_ITEM_KINDS, emptyItemDraft, type ArgumentDraft, type DraftItemKind } from '../../../src-shared/sources';
import { ITEM_NOUN, ItemFields } from './ItemFields';

/** Props of {@link ArgumentFields}. */
export interface ArgumentFieldsProps {
  draft: ArgumentDraft;
  /** 1-based position, for labels ("argument 2"). */
  position: number;
  paragraphs: readonly SourceTextParagraph[];
  onChange: (draft: ArgumentDraft) => void;
  problem: (field: string) => string | undefined;
  newKey: () => string;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
  isFirst: boolean;
  isLast: boolean;
}

const HEADING: Record<DraftItemKind, string> = { claims: 'Claims', facts: 'Facts', counterpoints: 'Counterpoints' };

/** Moves element `index` of `list` by `by` places (a new list; out of range: unchanged). */
export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

/** One argument of the map: title and summary, then its claims, facts and counterpoints, each list editable. */
export function ArgumentFields({ draft, position, paragraphs, onChange, problem, newKey, onMove, onDelete, isFirst, isLast }: ArgumentFieldsProps) {
  const id = useId();
  const name = `argument ${position}`;
  const field = (f: 'title' | 'summary', label: string) => {
    const message = problem(`${draft.key}:${f}`);
    const props = {
      id: `${id}-${f}`,
      value: draft[f],
      onChange: (e: { target: { value: string } }) => onChange({ ...draft, [f]: e.target.value }),
      ...(message ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${f}-error` } : {}),
    };
    return (
      <div className="src-field src-field-wide">
        <label htmlFor={props.id}>{label}</label>
        {f === 'summary' ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
        {message ? <span id={`${id}-${f}-error`} className="src-field-error">{message}</span> : null}
      </div>
    );
  };
  const claimsProblem = problem(`${draft.key}:claims`);
  return (
    <section className="src-map-argument" aria-label={`Argument ${position}${draft.title.trim() ? `: ${draft.title.trim()}` : ''}`}>
      <div className="src-map-argument-head">
        <h3>Argument {position}</h3>
        <div className="src-row-actions">
          <button type="button" className="bd-btn bd-btn-icon" onClick={() => onMove(-1)} disabled={isFirst} aria-label={`Move ${name} up`}>↑</button>
          <button type="button" className="bd-btn bd-btn-icon" onClick={() => onMove(1)} disabled={isLast} aria-label={`Move ${name} down`}>↓</button>
          <button type="button" className="bd-btn bd-btn-danger" onClick={onDelete} aria-label={`Delete ${name}`}>Delete</button>
        </div>
      </div>
      {field('title', `Title of ${name}`)}
      {field('summary', `Summary of ${name}`)}
      {DRAFT_ITEM_KINDS.map((kind) => {
        const items = draft[kind];
        const setItems = (next: ArgumentDraft[DraftItemKind]) => onChange({ ...draft, [kind]: next });
        return (
          <div key={kind} className="src-map-kind">
            <h4>{HEADING[kind]}</h4>
            {kind === 'claims' && claimsProblem ? <p className="src-field-error">{claimsProblem}</p> : null}
            <ol>
              {items.map((item, i) => (
                <ItemFields
                  key={item.key}
                  kind={kind}
                  item={item}
                  label={`${ITEM_NOUN[kind]} ${i + 1} of ${name}`}
                  paragraphs={paragraphs}
                  onChange={(next) => setItems(items.map((x) => (x.key === item.key ? next : x)))}
                  problem={problem}
                  onMove={(by) => setItems(moved(items, i, by))}
                  onDelete={() => setItems(items.filter((x) => x.key !== item.key))}
                  isFirst={i === 0}
                  isLast={i === items.length - 1}
                />
              ))}
            </ol>
            <button type="button" className="bd-btn" onClick={() => setItems([...items, emptyItemDraft(newKey())])}>
              Add {ITEM_NOUN[kind]} to {name}
            </button>
          </div>
        );
      })}
    </section>
  );
}
