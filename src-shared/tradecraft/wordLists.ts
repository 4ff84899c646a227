import languageData from './language.json';
import yardstickData from './yardsticks.json';
import type { YardstickId } from '../deck';

/** One likelihood band of a yardstick: its probability range in percent and its terms (row 1 first). */
export interface YardstickBand {
  min: number;
  max: number;
  terms: readonly string[];
}

/** An estimative-language yardstick (src-shared/tradecraft/yardsticks.json): its bands, least likely first. */
export interface Yardstick {
  name: string;
  /** Where the bands come from (shown in findings). */
  source: string;
  /** How many interchangeable term rows the yardstick has (ICD 203: 2). */
  rows: number;
  bands: readonly YardstickBand[];
  /** Other word forms of a term, mapped to the term ("almost certainly" -> "almost certain"). */
  variants?: Readonly<Record<string, string>>;
}

/** A word list (src-shared/tradecraft/language.json) with the rule text it serves. */
export interface WordList {
  source: string;
  terms: readonly string[];
}

/** The yardsticks by id. The word lists are data (JSON), so that a house style can change them without code. */
export const YARDSTICK_LIST: Readonly<Record<YardstickId, Yardstick>> = yardstickData;

/** Vague hedges, a source's hedges, likelihood words outside any yardstick, confidence phrases, attribution cues. */
export const WORD_LISTS: Readonly<Record<'vagueHedges' | 'sourceHedges' | 'otherLikelihoodWords' | 'confidencePhrases' | 'attributionCues', WordList>> =
  languageData;
