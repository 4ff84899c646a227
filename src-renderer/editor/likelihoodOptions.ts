import { ConfidenceSchema, STATEMENT_KINDS, type YardstickId } from '../../src-shared/deck';
import { YARDSTICK_LIST } from '../../src-shared/tradecraft';
import type { SelectOption } from './fields/SelectField';

/**
 * The likelihood terms a judgment can take on `yardstick` (the shared word lists, src-shared/tradecraft/yardsticks.json:
 * ICD 203's seven bands with both term rows, or PHIA's ranges), least likely first, each labelled with its range in
 * percent. A `current` value that is not a term of the yardstick is kept as a last option, so choosing nothing never
 * loses it (the Tradecraft panel reports it).
 */
export function likelihoodOptions(yardstick: YardstickId, current?: string): SelectOption[] {
  const terms = YARDSTICK_LIST[yardstick].bands.flatMap((band) => band.terms.map((term) => ({ value: term, label: `${term} (${band.min}–${band.max}%)` })));
  const options = [{ value: '', label: 'No likelihood term' }, ...terms];
  return current && !terms.some((t) => t.value === current) ? [...options, { value: current, label: `${current} (not on the yardstick)` }] : options;
}

/** ICD 203 confidence levels (deck ConfidenceSchema), with "not stated" for none. */
export const CONFIDENCE_OPTIONS: readonly SelectOption[] = [
  { value: '', label: 'Confidence not stated' },
  ...ConfidenceSchema.options.map((c) => ({ value: c, label: `${c[0].toUpperCase()}${c.slice(1)} confidence` })),
];

const KIND_NAMES: Record<(typeof STATEMENT_KINDS)[number], string> = { reporting: 'Reporting', judgment: 'Judgment', assumption: 'Assumption', indicator: 'Indicator' };

/** The statement kinds (deck format 2), with "no kind" for none. */
export const KIND_OPTIONS: readonly SelectOption[] = [{ value: '', label: 'No kind' }, ...STATEMENT_KINDS.map((k) => ({ value: k, label: KIND_NAMES[k] }))];
