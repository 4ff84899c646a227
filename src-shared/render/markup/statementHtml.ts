import { escapeHtml } from './escapeHtml';
import { labelsFor, likelihoodLabel, upperCaseFor } from './labels';
import type { RenderContext } from './renderContext';
import { confidenceSentence, knownKind, likelihoodOf, portionOf, type StatementMarks } from './statementText';

/** `<span class="bd-portion">(S//NF)</span> ` for a portion marking, '' for none. */
export function portionHtml(marking: string | undefined): string {
  const text = marking?.trim() ?? '';
  return text === '' ? '' : `<span class="bd-portion">${escapeHtml(text)}</span> `;
}

/**
 * What is printed before a statement's text: its portion mark, its kind label
 * (`<span class="bd-kind bd-kind-judgment">JUDGMENT</span>`, upper-cased by `upperCaseFor` in the deck's language;
 * real text so a screen reader reads it and a PDF search finds it; the greyscale look is in statementCss.ts), then
 * the likelihood tag of a judgment in the deck's language (`<span class="bd-likelihood">likely</span>`). Each part is left out when the statement has none.
 */
export function statementLeadHtml(item: StatementMarks, ctx: RenderContext): string {
  const kind = knownKind(item.kind);
  const language = ctx.deck.language;
  const label = kind ? `<span class="bd-kind bd-kind-${kind}">${escapeHtml(upperCaseFor(labelsFor(language).kind[kind], language))}</span> ` : '';
  const likelihood = likelihoodOf(item);
  const tag = likelihood !== '' ? `<span class="bd-likelihood">${escapeHtml(likelihoodLabel(likelihood, language))}</span> ` : '';
  return `${portionHtml(portionOf(item))}${label}${tag}`;
}

/**
 * The confidence line under a judgment, a sentence of its own apart from the likelihood:
 * `<span class="bd-confidence-line bd-confidence-moderate">Confidence: moderate. Basis: …</span>` (a block in CSS).
 * '' when the statement has no confidence and no basis.
 */
export function confidenceLineHtml(item: StatementMarks, ctx: RenderContext): string {
  const sentence = confidenceSentence(item, labelsFor(ctx.deck.language));
  if (sentence === '') return '';
  const level = item.confidence && ['low', 'moderate', 'high'].includes(item.confidence) ? ` bd-confidence-${item.confidence}` : '';
  return `<span class="bd-confidence-line${level}">${escapeHtml(sentence)}</span>`;
}
