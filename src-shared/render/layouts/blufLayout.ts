import type { KeyJudgment, SlideOf } from '../../deck';
import { escapeHtml } from '../escapeHtml';
import { renderInline } from '../inlineMarkdown';
import { labelsFor, likelihoodLabel, upperCaseFor } from '../labels';
import type { RenderContext } from '../renderContext';
import { slideTitleHtml } from '../slideTitle';
import { citationSpacer } from './bulletList';

function judgmentHtml(kj: KeyJudgment, ctx: RenderContext): string {
  const labels = labelsFor(ctx.deck.language);
  const confidence = kj.confidence && kj.confidence in labels.confidence ? kj.confidence : undefined;
  const confidenceTag = confidence ? `<span class="bd-confidence bd-confidence-${confidence}">${escapeHtml(labels.confidence[confidence])}</span>` : '';
  const likelihood = kj.likelihood?.trim() ? `<span class="bd-likelihood">${escapeHtml(likelihoodLabel(kj.likelihood, ctx.deck.language))}</span>` : '';
  return (
    `<li class="bd-judgment${kj.fragment ? ' fragment' : ''}"><span class="bd-kj-text">${renderInline(kj.text)}${citationSpacer(kj.citations, ctx)}</span>` +
    `<span class="bd-kj-tags">${confidenceTag}${likelihood}</span></li>`
  );
}

/**
 * BLUF: the bottom line up front, then the key judgments, numbered, each tagged with its ICD 203 analytic confidence
 * (high / moderate / low) and optional estimative likelihood phrase, with endnote markers.
 */
export function blufLayoutHtml(slide: SlideOf<'bluf'>, ctx: RenderContext): string {
  const labels = labelsFor(ctx.deck.language);
  const bluf = slide.bluf.trim() !== '' ? `<p class="bd-bluf"><span class="bd-bluf-label">${escapeHtml(labels.bluf)}</span> ${renderInline(slide.bluf)}</p>` : '';
  const judgments =
    slide.judgments.length > 0
      ? `<p class="bd-kj-heading">${escapeHtml(upperCaseFor(labels.keyJudgments, ctx.deck.language))}</p><ol class="bd-judgments">${slide.judgments.map((kj) => judgmentHtml(kj, ctx)).join('')}</ol>`
      : '';
  return `${slideTitleHtml(slide)}<div class="bd-body">${bluf}${judgments}</div>`;
}
