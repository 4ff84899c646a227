import type { Deck, Source } from '../deck';

/**
 * `deck.sources` plus every source in `sources` whose id is not listed yet (existing entries win; order kept).
 * Returns the same array when nothing is new.
 */
export function mergeSources(existing: Deck['sources'], sources: readonly Source[] | undefined): Deck['sources'] {
  if (!sources || sources.length === 0) return existing;
  const ids = new Set(existing.map((s) => s.id));
  const added: Source[] = [];
  for (const s of sources) {
    if (ids.has(s.id)) continue;
    ids.add(s.id);
    added.push(JSON.parse(JSON.stringify(s)) as Source);
  }
  return added.length === 0 ? existing : [...existing, ...added];
}
