import type { Citation } from '../../../src-shared/deck';
import { normalizeParagraphs } from '../../../src-shared/sources';

/**
 * A stable identity for a citation, to tell whether a picker item is already cited: a claim/fact citation is
 * identified by its source and `claimId`; a bare paragraph citation by its source and its sorted paragraphs.
 */
export function citationKey(c: Pick<Citation, 'sourceId' | 'paragraphs' | 'claimId'>): string {
  return c.claimId ? `${c.sourceId}#${c.claimId}` : `${c.sourceId}¶${normalizeParagraphs(c.paragraphs).join(',')}`;
}

/** `citations` with `c` added, or removed when an equal citation (same {@link citationKey}) is already there. */
export function toggleCitation(citations: readonly Citation[], c: Citation): Citation[] {
  const key = citationKey(c);
  return citations.some((x) => citationKey(x) === key) ? citations.filter((x) => citationKey(x) !== key) : [...citations, c];
}
