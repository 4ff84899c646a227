import { useId, useMemo, useState } from 'react';
import type { Citation } from '../../../src-shared/deck';
import { citationFor, formatParagraphs, listCitableItems, type ArgumentMap } from '../../../src-shared/sources';
import { Dialog } from '../fields/Dialog';
import { citationKey, toggleCitation } from './citationKeys';

/** Props of {@link CitationPicker}. */
export interface CitationPickerProps {
  /** What is being cited, for the heading: "slide", "key judgment 2" ... */
  target: string;
  maps: readonly ArgumentMap[];
  /** The citations already on the target; their items show as checked. */
  citations: readonly Citation[];
  /** Called with the whole new list whenever an item is checked or unchecked. */
  onChange: (citations: Citation[]) => void;
  onClose: () => void;
  /** Shown instead of the list when the maps could not be loaded. */
  error?: string | null;
}

const KIND_LABEL = { claim: 'Claim', fact: 'Fact', counterpoint: 'Counterpoint' } as const;

function matches(filter: string, ...texts: string[]): boolean {
  const f = filter.trim().toLowerCase();
  return f === '' || texts.some((t) => t.toLowerCase().includes(f));
}

/**
 * Chooses citations from the argument map: every argument's claims, facts and counterpoints with their paragraph
 * numbers, then each source paragraph (1..N) with its one-line summary. A checkbox per item adds or removes the
 * citation at once; the filter box narrows the list by text or paragraph reference.
 */
export function CitationPicker({ target, maps, citations, onChange, onClose, error }: CitationPickerProps) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const cited = useMemo(() => new Set(citations.map(citationKey)), [citations]);
  const toggle = (c: Citation) => onChange(toggleCitation(citations, c));

  return (
    <Dialog title={`Cite sources for the ${target}`} onClose={onClose} className="bd-citation-picker">
      <div className="bd-field">
        <label htmlFor={filterId} className="bd-label">
          Filter claims, facts and paragraphs
        </label>
        <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="e.g. Hamas, ¶7, 3+3" />
      </div>
      {error ? <p className="bd-warning" role="alert">{error}</p> : null}
      <ul className="bd-pick-list" aria-label="Citable claims, facts and paragraphs">
        {maps.map((map) => {
          const items = listCitableItems(map).filter((i) => matches(filter, i.text, i.argumentTitle, formatParagraphs(i.paragraphs)));
          const groups = map.arguments.map((a) => ({ argument: a, items: items.filter((i) => i.argumentId === a.id) }));
          const paragraphs = map.source.paragraphs.filter((p) => matches(filter, p.summary, `¶${p.n}`));
          return [
            ...groups
              .filter((g) => g.items.length > 0)
              .map((g) => (
                <li key={`${map.source.id}:${g.argument.id}`}>
                  <div className="bd-pick-group">{g.argument.title}</div>
                  <ul className="bd-list" aria-label={g.argument.title}>
                    {g.items.map((item) => {
                      const c = citationFor(item);
                      const ref = formatParagraphs(item.paragraphs);
                      return (
                        <li key={item.id}>
                          <label className="bd-pick">
                            <input type="checkbox" checked={cited.has(citationKey(c))} onChange={() => toggle(c)} />
                            <span className="bd-ref">{ref}</span>
                            <span>
                              <span className="bd-muted">{KIND_LABEL[item.kind]}: </span>
                              {item.text}
                            </span>
                          </label>
                        </li>
                      );
                    })}
                  </ul>
                </li>
              )),
            paragraphs.length > 0 ? (
              <li key={`${map.source.id}:paragraphs`}>
                <div className="bd-pick-group">Paragraphs of “{map.source.title}”</div>
                <ul className="bd-list" aria-label="Source paragraphs">
                  {paragraphs.map((p) => {
                    const c: Citation = { sourceId: map.source.id, paragraphs: [p.n] };
                    return (
                      <li key={p.n}>
                        <label className="bd-pick">
                          <input type="checkbox" checked={cited.has(citationKey(c))} onChange={() => toggle(c)} />
                          <span className="bd-ref">¶{p.n}</span>
                          <span>{p.summary}</span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </li>
            ) : null,
          ];
        })}
      </ul>
      <div className="bd-dialog-actions">
        <span className="bd-hint" role="status">
          {citations.length} cited
        </span>
        <button type="button" className="bd-btn bd-btn-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
