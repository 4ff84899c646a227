import type { Citation, Source } from '../../../src-shared/deck';
import { formatCitation } from '../../../src-shared/sources';
import { useCitationDescriber } from './CitationDescriber';

/** Props of {@link CitationChips}. */
export interface CitationChipsProps {
  citations: readonly Citation[];
  /** The deck's sources, to print "Adar & Azizi 2023, ¶4–7" rather than the source id. */
  sources: readonly Source[];
  /** Removes the citation at `index`; omit for read-only chips. */
  onRemove?: (index: number) => void;
  /** Accessible name of the list, e.g. "Slide citations". */
  label: string;
}

/**
 * Citations as reference chips ("Adar & Azizi 2023, ¶4–7"), each with a remove button; hovering a chip shows the
 * cited claim or paragraph summaries (see CitationDescriber).
 */
export function CitationChips({ citations, sources, onRemove, label }: CitationChipsProps) {
  const describe = useCitationDescriber();
  if (citations.length === 0) return null;
  return (
    <ul className="bd-chips" aria-label={label}>
      {citations.map((c, i) => {
        const text = formatCitation(c, sources.find((s) => s.id === c.sourceId));
        return (
          <li key={`${c.sourceId}-${c.claimId ?? ''}-${i}`} className="bd-chip" title={describe(c) ?? (c.claimId ? `Claim ${c.claimId}` : undefined)}>
            <span>{text}</span>
            {onRemove ? (
              <button type="button" aria-label={`Remove citation ${text}`} onClick={() => onRemove(i)}>
                ×
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
