import type { KeyJudgment, SlideOf } from '../../deck';
import { escapeHtml } from '../markup/escapeHtml';
import { fieldAttr } from '../markup/fieldPaths';
import { renderInline } from '../markup/inlineMarkdown';
import { labelsFor, upperCaseFor } from '../markup/labels';
import type { RenderContext } from '../markup/renderContext';
import { confidenceLineHtml, portionHtml, statementLeadHtml } from '../markup/statementHtml';
import { slideTitleHtml } from '../markup/slideTitle';
import { citationSpacer } from './bulletList';

function judgmentHtml(kj: KeyJudgment, ctx: RenderContext, index: number): string {
  // A key judgment is a judgment whatever its stored kind says (the schema allows only "judgment" or none).
  const lead = statementLeadHtml({ ...kj, kind: 'judgment' }, ctx);
  return (
    `<li class="bd-judgment bd-stmt-judgment${kj.fragment ? ' fragment' : ''}"${fieldAttr(ctx, `judgments.${index}.text`)}><span class="bd-kj-text">${lead}${renderInline(kj.text)}` +
    `${citationSpacer(kj.citations, ctx)}</span>${confidenceLineHtml(kj, ctx)}</li>`
  );
}

/**
 * BLUF: the bottom line up front (its body portion mark before it), then the key judgments under a heading that says
 * they are the deck's own, numbered. Each judgment reads: portion mark, "Judgment" label, likelihood tag, text,
 * endnote marker; then on its own line the ICD 203 confidence and its basis ("Confidence: moderate. Basis: …"), never
 * in the same sentence as the likelihood (ICD 203 §D.6.e).
 */
export function blufLayoutHtml(slide: SlideOf<'bluf'>, ctx: RenderContext): string {
  const labels = labelsFor(ctx.deck.language);
  const bluf =
    slide.bluf.trim() !== ''
      ? `<p class="bd-bluf"${fieldAttr(ctx, 'bluf')}><span class="bd-bluf-label">${escapeHtml(labels.bluf)}</span> ${portionHtml(slide.bodyPortionMarking)}${renderInline(slide.bluf)}</p>`
      : '';
  const judgments =
    slide.judgments.length > 0
      ? `<p class="bd-kj-heading">${escapeHtml(upperCaseFor(labels.keyJudgments, ctx.deck.language))}</p><ol class="bd-judgments">${slide.judgments.map((kj, i) => judgmentHtml(kj, ctx, i)).join('')}</ol>`
      : '';
  return `${slideTitleHtml(slide)}<div class="bd-body">${bluf}${judgments}</div>`;
}
