/**
 * The tradecraft rules BriefDeck checks, each with its severity, a one-line reason and the rule's source. An `error`
 * blocks export (a marked deck with an unmarked portion); a `warning` is listed and fails only a strict check.
 * Sources: ICD 203 "Analytic Standards" (ODNI, 2015) §D.6.e; ICD 206 "Sourcing Requirements"; ICD 710
 * "Classification Management and Control Markings"; 32 CFR 2001.21 (authority block); FIRST TLP 2.0 (the marking
 * rules' source reads "FIRST TLP 2.0" in a TLP deck: see TLP_SOURCE).
 */
export const RULES = {
  'vague-hedge': {
    severity: 'warning',
    why: 'A vague hedge (may, might, could…) in a judgment hides the probability: state one from the yardstick.',
    source: 'ICD 203 §D.6.e(2)(a)',
  },
  'likelihood-off-yardstick': {
    severity: 'warning',
    why: "A judgment's likelihood must be a term of the deck's yardstick, so the reader can map it to a probability.",
    source: 'ICD 203 §D.6.e(2)(a); PHIA yardstick',
  },
  'likelihood-mismatch': {
    severity: 'warning',
    why: 'The likelihood word in the text names a different band than the likelihood the judgment states.',
    source: 'ICD 203 §D.6.e(2)(a)',
  },
  'likelihood-word-off-yardstick': {
    severity: 'warning',
    why: "An estimative word that is not on the deck's yardstick has no agreed probability.",
    source: 'ICD 203 §D.6.e(2)(a); PHIA yardstick',
  },
  'mixed-term-rows': {
    severity: 'warning',
    why: 'ICD 203 terms from both rows are used in one deck without a note saying so.',
    source: 'ICD 203 §D.6.e(2)(a)',
  },
  'confidence-with-likelihood': {
    severity: 'warning',
    why: 'Confidence (in the basis) and likelihood (of the event) are not combined in one sentence.',
    source: 'ICD 203 §D.6.e(2)(a)',
  },
  'judgment-no-likelihood': {
    severity: 'warning',
    why: 'A judgment states how likely it is, with a term of the yardstick.',
    source: 'ICD 203 §D.6.e(2)',
  },
  'judgment-no-confidence': {
    severity: 'warning',
    why: 'A judgment states the confidence its basis supports (high, moderate, low).',
    source: 'ICD 203 §D.6.e(2)',
  },
  'confidence-no-basis': {
    severity: 'warning',
    why: 'A confidence level is explained: what sources and reasoning it rests on.',
    source: 'ICD 203 §D.6.e(2)',
  },
  'judgment-uncited': {
    severity: 'warning',
    why: 'A judgment cites the sources it rests on.',
    source: 'ICD 206 §D.1; ICD 203 §D.6.e(1)',
  },
  'high-confidence-thin-basis': {
    severity: 'warning',
    why: 'High confidence needs more than one source and more than one paragraph.',
    source: 'ICD 203 §D.6.e(1)-(2)',
  },
  'judgment-firmer-than-source': {
    severity: 'warning',
    why: 'The judgment is "likely" or firmer, but every claim it cites is hedged by its source.',
    source: 'ICD 203 §D.6.e(2); source stance',
  },
  'reporting-uncited': {
    severity: 'warning',
    why: 'Reporting says what a source says, so it names the source.',
    source: 'ICD 206 §D.1; ICD 203 §D.6.e(3)',
  },
  'citation-unknown-source': {
    severity: 'warning',
    why: 'A citation names a source the deck does not list, so no reader can find it.',
    source: 'ICD 206 §D.1',
  },
  'hedge-dropped': {
    severity: 'warning',
    why: "The source hedges this claim; a statement that cites it keeps the source's certainty.",
    source: 'ICD 203 §D.6.e(1), (3); source stance',
  },
  'attribution-dropped': {
    severity: 'warning',
    why: "The source gives this as an actor's view; a statement that cites it keeps it attributed.",
    source: 'ICD 203 §D.6.e(3); source stance',
  },
  'copied-run': {
    severity: 'warning',
    why: 'Eight or more consecutive words of the cited source, outside quotation marks, are its words, not ours.',
    source: "Sourcing: quote a source's words, or restate them",
  },
  'statement-to-do': {
    severity: 'warning',
    why: 'A placeholder the analyst has not written yet.',
    source: 'BriefDeck: generated briefing',
  },
  'portion-unmarked': {
    severity: 'error',
    why: 'In a marked deck every portion carries its marking; export refuses unmarked portions.',
    source: 'ICD 710 §D.2; CAPCO portion marking',
  },
  'portion-invalid': {
    severity: 'error',
    why: "A portion marking must be one the deck's scheme can read: (U), (C), (S), (TS) with controls, or a TLP label.",
    source: 'ICD 710 §D.2; CAPCO portion marking',
  },
  'banner-below-portions': {
    severity: 'error',
    why: 'The banner carries the highest level of any portion and the union of their controls.',
    source: 'ICD 710 §D.2; CAPCO banner line',
  },
  'authority-block-missing': {
    severity: 'error',
    why: 'A classified product carries Classified By, Derived From and Declassify On on its first page.',
    source: '32 CFR 2001.21(a); ICD 710',
  },
} as const satisfies Record<string, { severity: 'error' | 'warning'; why: string; source: string }>;

/** The id of a tradecraft rule, e.g. "vague-hedge". */
export type RuleId = keyof typeof RULES;

/** Every rule id, in the order the rules are listed. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** The source a marking finding cites in a TLP deck (FIRST, "Traffic Light Protocol (TLP) 2.0", 2022). */
export const TLP_SOURCE = 'FIRST TLP 2.0';
