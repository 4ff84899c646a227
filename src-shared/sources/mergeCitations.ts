import type { Citation } from '../deck';
import { normalizeParagraphs } from './paragraphs';

/** The citations of one source within a citation list, merged (see {@link mergeCitationsBySource}). */
export interface MergedCitation {
  sourceId: string;
  /** Every paragraph cited from the source, sorted ascending, without duplicates. */
  paragraphs: number[];
  /** The argument-map item ids (`claimId`) named, in order of first appearance, without duplicates. */
  claimIds: string[];
  /** Positions in the input list of the citations merged here, ascending (to edit or remove one of them). */
  indexes: number[];
}

/**
 * Merges a citation list by source: one entry per source id, in order of first appearance, with the union of the
 * paragraphs cited (sorted, unique) and of the claim ids. Two citations of ¶16 from different claims give one entry
 * `{ paragraphs: [16], claimIds: [claim1, claim3] }`. This is the one merge behind the slide markers ("[1 ¶4, 16, 19]"
 * in HTML, PDF and PPTX), the endnotes, the sources slide and the editor's citation chips. Pure; never throws.
 */
export function mergeCitationsBySource(citations: readonly Citation[]): MergedCitation[] {
  const bySource = new Map<string, { paragraphs: number[]; claimIds: Set<string>; indexes: number[] }>();
  citations.forEach((c, i) => {
    let entry = bySource.get(c.sourceId);
    if (!entry) bySource.set(c.sourceId, (entry = { paragraphs: [], claimIds: new Set(), indexes: [] }));
    entry.paragraphs.push(...c.paragraphs);
    if (c.claimId) entry.claimIds.add(c.claimId);
    entry.indexes.push(i);
  });
  return [...bySource].map(([sourceId, e]) => ({
    sourceId,
    paragraphs: normalizeParagraphs(e.paragraphs),
    claimIds: [...e.claimIds],
    indexes: e.indexes,
  }));
}
