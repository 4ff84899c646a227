import type { Citation, Source } from '../../../src-shared/deck';
import { markerParagraphs } from '../../../src-shared/render';
import { formatCitation, formatParagraphs, mergeCitationsBySource } from '../../../src-shared/sources';
import { useCitationDescriber } from './CitationDescriber';
import { openCitation } from '../../sources/openCitation';

/** Props of {@link CitationChips}. */
export interface CitationChipsProps {
  citations: readonly Citation[];
  /** The deck's sources, to print "Adar & Azizi 2023" rather than the source id. */
  sources: readonly Source[];
  /** Removes the citation at `index` (its position in `citations`); omit for read-only chips. */
  onRemove?: (index: number) => void;
  /** Accessible name of the list, e.g. "Slide citations". */
  label: string;
}

/** A chip's own text: its paragraphs and, when it came from the argument map, the claim id ("¶16 · limits.claim1"). */
export function chipText(c: Pick<Citation, 'paragraphs' | 'claimId'>): string {
  return [formatParagraphs(c.paragraphs), c.claimId].filter(Boolean).join(' · ');
}

/**
 * Citations grouped by source (`mergeCitationsBySource`, the merge behind the slide marker "[1 ¶4, 16, 19]"): the
 * source's short name once ("Adar & Azizi 2023", its tooltip says how the slide prints the merged reference), then
 * one chip per citation with its paragraphs and claim id, so two claims citing ¶16 read "¶16 · limits.claim1" and
 * "¶16 · limits.claim3". A click on a chip's text opens its paragraphs in the Source panel. Each chip's remove button removes exactly its own citation; hovering a chip shows the cited
 * claim or paragraph summaries (see CitationDescriber).
 */
export function CitationChips({ citations, sources, onRemove, label }: CitationChipsProps) {
  const describe = useCitationDescriber();
  if (citations.length === 0) return null;
  return (
    <ul className="bd-chips" aria-label={label}>
      {mergeCitationsBySource(citations).map((group) => {
        const who = formatCitation({ sourceId: group.sourceId, paragraphs: [] }, sources.find((s) => s.id === group.sourceId));
        return (
          <li key={group.sourceId} className="bd-chip-group">
            <span className="bd-chip-source" title={`On the slide: ${markerParagraphs(group.paragraphs)}`}>
              {who}
            </span>
            <ul className="bd-chips" aria-label={`From ${who}`}>
              {group.indexes.map((i) => {
                const c = citations[i];
                const text = chipText(c);
                return (
                  <li key={`${c.claimId ?? ''}-${i}`} className="bd-chip" title={describe(c) ?? (c.claimId ? `Claim ${c.claimId}` : undefined)}>
                    {/* Opens the cited paragraph in the Source panel. */}
                    <button type="button" className="bd-chip-open" aria-label={`Open ${who}, ${text} in the Source panel`} onClick={() => openCitation(c)}>
                      <span>{text}</span>
                    </button>
                    {onRemove ? (
                      <button type="button" aria-label={`Remove citation ${who}, ${text}`} onClick={() => onRemove(i)}>
                        ×
                      </button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
