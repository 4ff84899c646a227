/**
 * Estimative language from Intelligence Community Directive 203, "Analytic Standards" (ODNI, 2 January 2015),
 * section D.6.e(2): the seven expressions of likelihood and their probability ranges, and the three levels of
 * analytic confidence. The likelihood phrase is stored on a key judgment as its text (`KeyJudgment.likelihood`).
 */
export interface LikelihoodTerm {
  /** The phrase as written in the judgment, e.g. "very likely". */
  term: string;
  /** Probability range in percent, [low, high], as given in the ICD 203 table. */
  range: readonly [number, number];
}

/** The seven ICD 203 likelihood terms, from least to most likely. */
export const LIKELIHOOD_TERMS: readonly LikelihoodTerm[] = [
  { term: 'almost no chance', range: [1, 5] },
  { term: 'very unlikely', range: [5, 20] },
  { term: 'unlikely', range: [20, 45] },
  { term: 'roughly even chance', range: [45, 55] },
  { term: 'likely', range: [55, 80] },
  { term: 'very likely', range: [80, 95] },
  { term: 'almost certain', range: [95, 99] },
];

/** ICD 203 confidence levels, as stored in `KeyJudgment.confidence`. */
export const CONFIDENCE_LEVELS = ['low', 'moderate', 'high'] as const;
