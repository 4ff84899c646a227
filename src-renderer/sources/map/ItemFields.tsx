import { useId } from 'react';
import type { SourceTextParagraph } from '../../../src-shared/deck';
import type { DraftItemKind, ItemDraft } from '../../../src-shared/sources';
import { ParagraphChips } from './ParagraphChips';

/** What each kind of item is called in labels. */
export const ITEM_NOUN: Record<DraftItemKind, string> = { claims: 'claim', facts: 'fact', counterpoints: 'counterpoint' };

/** Props of {@link ItemFields}. */
export interface ItemFieldsProps {
  kind: DraftItemKind;
  item: ItemDraft;
  /** e.g. "claim 2 of argument 1", for labels. */
  label: string;
  paragraphs: readonly SourceTextParagraph[];
  onChange: (item: ItemDraft) => void;
  /** The message for a field of this item after a save attempt, if any. */
  problem: (field: string) => string | undefined;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
  isFirst: boolean;
  isLast: boolean;
}

/**
 * One claim, fact or counterpoint: its text, a fact's ISO date, the paragraphs it cites, and how the source states it
 * (asserted; hedged with the source's hedge word; attributed to an actor), with move and delete.
 */
export function ItemFields({ kind, item, label, paragraphs, onChange, problem, onMove, onDelete, isFirst, isLast }: ItemFieldsProps) {
  const id = useId();
  const set = (patch: Partial<ItemDraft>) => onChange({ ...item, ...patch });
  const error = (field: string) => {
    const message = problem(`${item.key}:${field}`);
    return message ? <span id={`${id}-${field}-error`} className="src-field-error">{message}</span> : null;
  };
  const invalid = (field: string) => (problem(`${item.key}:${field}`) ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${field}-error` } : {});
  return (
    <li className="src-map-item" aria-label={label}>
      <div className="src-field src-field-wide">
        <label htmlFor={`${id}-text`}>{label[0].toUpperCase() + label.slice(1)}, in your own words</label>
        <textarea id={`${id}-text`} rows={2} value={item.text} onChange={(e) => set({ text: e.target.value })} {...invalid('text')} />
        {error('text')}
      </div>
      {kind === 'facts' ? (
        <div className="src-field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} type="text" placeholder="YYYY-MM-DD" value={item.date} onChange={(e) => set({ date: e.target.value })} {...invalid('date')} />
          {error('date')}
        </div>
      ) : null}
      <ParagraphChips value={item.paragraphs} onChange={(p) => set({ paragraphs: p })} paragraphs={paragraphs} label={label} problem={problem(`${item.key}:paragraphs`)} />
      <div className="src-stance">
        <label htmlFor={`${id}-stance`}>The source’s stance</label>
        <select id={`${id}-stance`} value={item.stance} onChange={(e) => set({ stance: e.target.value as ItemDraft['stance'] })}>
          <option value="">Not recorded</option>
          <option value="asserted">Asserted (the authors’ own finding)</option>
          <option value="hedged">Hedged</option>
          <option value="attributed">Attributed (an actor’s view)</option>
        </select>
        {item.stance === 'hedged' ? (
          <span className="src-field">
            <label htmlFor={`${id}-hedge`}>Hedge word</label>
            <input id={`${id}-hedge`} type="text" placeholder="might" value={item.hedge} onChange={(e) => set({ hedge: e.target.value })} {...invalid('hedge')} />
            {error('hedge')}
          </span>
        ) : null}
        {item.stance === 'attributed' ? (
          <span className="src-field">
            <label htmlFor={`${id}-who`}>Whose view</label>
            <input id={`${id}-who`} type="text" placeholder="Ankara" value={item.attributedTo} onChange={(e) => set({ attributedTo: e.target.value })} {...invalid('attributedTo')} />
            {error('attributedTo')}
          </span>
        ) : null}
      </div>
      <div className="src-row-actions">
        <button type="button" className="bd-btn bd-btn-icon" onClick={() => onMove(-1)} disabled={isFirst} aria-label={`Move ${label} up`}>↑</button>
        <button type="button" className="bd-btn bd-btn-icon" onClick={() => onMove(1)} disabled={isLast} aria-label={`Move ${label} down`}>↓</button>
        <button type="button" className="bd-btn bd-btn-danger" onClick={onDelete} aria-label={`Delete ${label}`}>Delete</button>
      </div>
    </li>
  );
}
