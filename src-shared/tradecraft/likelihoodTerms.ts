import type { YardstickId } from '../deck';
import { findTerms, type TermHit } from './termMatch';
import { WORD_LISTS, YARDSTICK_LIST } from './wordLists';

/** Where a likelihood term sits: its yardstick, its band (0 = least likely) and its row (ICD 203: 0 or 1). */
export interface TermPlace {
  yardstick: YardstickId;
  band: number;
  row: number;
}

/** A likelihood word found in a text, with every yardstick place it has (may be none: an off-yardstick word). */
export interface LikelihoodHit extends TermHit {
  places: TermPlace[];
}

const PLACES = new Map<string, TermPlace[]>();
for (const [id, yardstick] of Object.entries(YARDSTICK_LIST) as [YardstickId, (typeof YARDSTICK_LIST)[YardstickId]][]) {
  yardstick.bands.forEach((band, b) =>
    band.terms.forEach((term, row) => {
      const key = term.toLowerCase();
      PLACES.set(key, [...(PLACES.get(key) ?? []), { yardstick: id, band: b, row }]);
    }),
  );
  for (const [variant, term] of Object.entries(yardstick.variants ?? {})) {
    const place = PLACES.get(term)?.find((p) => p.yardstick === id);
    if (place) PLACES.set(variant, [...(PLACES.get(variant) ?? []), place]);
  }
}
const ALL_TERMS = [...PLACES.keys(), ...WORD_LISTS.otherLikelihoodWords.terms];

/** The place of `term` on `yardstick` (case-insensitive, spaces collapsed), or undefined when it is not a term of it. */
export function placeOn(term: string, yardstick: YardstickId): TermPlace | undefined {
  return PLACES.get(term.trim().toLowerCase().replace(/\s+/g, ' '))?.find((p) => p.yardstick === yardstick);
}

/** Every likelihood word of any yardstick, or of the off-yardstick list, in `text` (longest match first). */
export function findLikelihoodWords(text: string): LikelihoodHit[] {
  return findTerms(text, ALL_TERMS).map((hit) => ({ ...hit, places: PLACES.get(hit.term) ?? [] }));
}

/** The first-row terms of a yardstick, least likely first, for messages ("almost no chance, very unlikely, …"). */
export function yardstickTerms(yardstick: YardstickId): string {
  return YARDSTICK_LIST[yardstick].bands.map((b) => b.terms[0]).join(', ');
}

/** The terms of a yardstick's band, for messages ("likely / probable"). */
export function bandTerms(yardstick: YardstickId, band: number): string {
  return YARDSTICK_LIST[yardstick].bands[band]?.terms.join(' / ') ?? '';
}
