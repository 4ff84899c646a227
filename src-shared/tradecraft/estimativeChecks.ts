import type { YardstickId } from '../deck';
import type { Finding } from './finding';
import { bandTerms, findLikelihoodWords, placeOn, yardstickTerms } from './likelihoodTerms';
import { deckField, excerpt, makeFinding, where } from './makeFinding';
import type { Statement } from './statements';
import { findTerms, sentenceRanges } from './termMatch';
import { WORD_LISTS, YARDSTICK_LIST } from './wordLists';

/** Likelihood and hedge checks of one judgment against the deck's yardstick (ICD 203 §D.6.e(2)(a)). */
function likelihoodFindings(s: Statement, yardstick: YardstickId): Finding[] {
  const out: Finding[] = [];
  const name = YARDSTICK_LIST[yardstick].name;
  const stated = s.likelihood ? placeOn(s.likelihood, yardstick) : undefined;
  if (s.likelihood && !stated) out.push(makeFinding('likelihood-off-yardstick', s, `${where(s)}: likelihood “${s.likelihood}” is not a term of the ${name} yardstick (use one of: ${yardstickTerms(yardstick)}).`));
  for (const hit of findLikelihoodWords(s.text)) {
    const place = hit.places.find((p) => p.yardstick === yardstick);
    if (!place) {
      out.push(makeFinding('likelihood-word-off-yardstick', s, `${where(s)}: “${hit.term}” is not a term of the ${name} yardstick (in “${excerpt(s.text)}”); say it with one of: ${yardstickTerms(yardstick)}.`));
    } else if (stated && place.band !== stated.band) {
      out.push(
        makeFinding('likelihood-mismatch', s, `${where(s)}: the text says “${hit.term}” (${bandTerms(yardstick, place.band)}) but the judgment's likelihood is “${s.likelihood}”.`),
      );
    }
  }
  if (!s.likelihood) {
    const hedges = findTerms(s.text, WORD_LISTS.vagueHedges.terms);
    if (hedges.length > 0) out.push(makeFinding('vague-hedge', s, `${where(s)}: “${hedges[0].term}” hedges a judgment that states no likelihood (“${excerpt(s.text)}”).`));
  }
  return out;
}

/** A sentence of `text` that names both a confidence level and a likelihood word, or undefined. */
export function sentenceWithConfidenceAndLikelihood(text: string): string | undefined {
  for (const [a, b] of sentenceRanges(text)) {
    const sentence = text.slice(a, b);
    if (findTerms(sentence, WORD_LISTS.confidencePhrases.terms).length > 0 && findLikelihoodWords(sentence).length > 0) return sentence.trim();
  }
  return undefined;
}

/** Whether a judgment states its likelihood, confidence, the basis of that confidence, and citations. */
function qualificationFindings(s: Statement): Finding[] {
  const out: Finding[] = [];
  if (!s.likelihood) out.push(makeFinding('judgment-no-likelihood', s, `${where(s)}: the judgment states no likelihood (“${excerpt(s.text)}”).`));
  if (!s.confidence) out.push(makeFinding('judgment-no-confidence', s, `${where(s)}: the judgment states no confidence level (“${excerpt(s.text)}”).`));
  else if (!s.confidenceBasis) out.push(makeFinding('confidence-no-basis', s, `${where(s)}: ${s.confidence} confidence is not explained (add its basis).`));
  // A judgment cites what it rests on itself: a slide's citations belong to its other text (ICD 206 asks for a
  // source reference wherever a judgment rests on a source).
  const citations = s.citations;
  if (citations.length === 0) out.push(makeFinding('judgment-uncited', s, `${where(s)}: the judgment cites nothing of its own (“${excerpt(s.text)}”).`));
  if (s.confidence === 'high' && citations.length > 0) {
    const sources = new Set(citations.map((c) => c.sourceId));
    const paragraphs = new Set(citations.flatMap((c) => c.paragraphs.map((p) => `${c.sourceId}#${p}`)));
    if (sources.size < 2 || paragraphs.size < 2) {
      const basis = sources.size < 2 ? 'a single source' : 'a single paragraph';
      out.push(makeFinding('high-confidence-thin-basis', s, `${where(s)}: high confidence rests on ${basis}.`));
    }
  }
  return out;
}

/** The ICD 203 rows used by the deck's own judgments (likelihood fields and judgment texts), with an example each. */
function icdRowsUsed(judgments: readonly Statement[]): Map<number, string> {
  const rows = new Map<number, string>();
  for (const s of judgments) {
    const words = [...(s.likelihood ? [s.likelihood] : []), ...findLikelihoodWords(s.text).map((h) => h.term)];
    for (const word of words) {
      const place = placeOn(word, 'icd203');
      if (place && !rows.has(place.row)) rows.set(place.row, word.toLowerCase());
    }
  }
  return rows;
}

/**
 * The estimative-language checks (ICD 203 §D.6.e(2)(a), or the PHIA yardstick): vague hedges, likelihood words that
 * disagree with the judgment or the yardstick, confidence and likelihood in one sentence, judgments that lack a
 * likelihood, a confidence level, its basis or a citation, high confidence on a thin basis, and both ICD 203 rows
 * in one deck without a note. `statements` are the deck's (see deckStatements).
 */
export function estimativeChecks(statements: readonly Statement[], yardstick: YardstickId, mixedTermsNote: string): Finding[] {
  const out: Finding[] = [];
  const judgments = statements.filter((s) => s.kind === 'judgment');
  for (const s of judgments) out.push(...likelihoodFindings(s, yardstick), ...qualificationFindings(s));
  for (const s of statements) {
    const sentence = sentenceWithConfidenceAndLikelihood(s.text);
    if (sentence) out.push(makeFinding('confidence-with-likelihood', s, `${where(s)}: one sentence states both a confidence level and a likelihood (“${excerpt(sentence)}”).`));
  }
  if (yardstick === 'icd203' && mixedTermsNote.trim() === '') {
    const rows = icdRowsUsed(judgments);
    if (rows.size > 1) out.push(makeFinding('mixed-term-rows', deckField('tradecraft.mixedTermsNote'), `The deck uses ICD 203 terms from both rows (“${rows.get(0)}” and “${rows.get(1)}”) with no note saying so.`));
  }
  return out;
}
