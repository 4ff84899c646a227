import { markingOf, type Deck, type SlideOf } from '../../deck';
import { escapeHtml } from '../markup/escapeHtml';
import { fieldAttr } from '../markup/fieldPaths';
import { renderInline } from '../markup/inlineMarkdown';
import { AUTHORITY_LABELS } from '../markup/labels';
import type { RenderContext } from '../markup/renderContext';
import { portionHtml } from '../markup/statementHtml';
import { slideTitleHtml } from '../markup/slideTitle';

/**
 * The classification authority block lines of a deck (ICD 710; 32 CFR 2001.21(a)): "Classified By", "Derived From",
 * "Declassify On", each with its text, in that order, leaving out empty ones. [] when the deck has no authority block.
 */
export function authorityLines(deck: Pick<Deck, 'marking'>): { label: string; text: string }[] {
  const authority = markingOf(deck).authority;
  if (!authority) return [];
  return (['classifiedBy', 'derivedFrom', 'declassifyOn'] as const)
    .map((key) => ({ label: AUTHORITY_LABELS[key], text: authority[key].trim() }))
    .filter((line) => line.text !== '');
}

function authorityHtml(deck: Deck): string {
  const lines = authorityLines(deck);
  if (lines.length === 0) return '';
  // <bdi>: the block is English marking text and keeps its own direction in a Persian deck.
  return `<p class="bd-authority"><bdi>${lines.map((l) => `<span class="bd-authority-line">${escapeHtml(l.label)}: ${escapeHtml(l.text)}</span>`).join('')}</bdi></p>`;
}

/**
 * Title slide: the slide title (else the deck title), subtitle (else the deck subtitle; its body portion mark
 * before it), author and date, and the authority block when the deck's marking has one.
 */
export function titleLayoutHtml(slide: SlideOf<'title'>, ctx: RenderContext): string {
  const title = slide.title.trim() !== '' ? slide.title : ctx.deck.title;
  const subtitle = slide.subtitle.trim() !== '' ? slide.subtitle : ctx.deck.subtitle;
  const meta = [ctx.deck.author, ctx.deck.date].filter((s) => s.trim() !== '').map(escapeHtml).join(' · ');
  return (
    `<div class="bd-title-block">${slideTitleHtml(slide, title, 'bd-title-main')}` +
    (subtitle.trim() !== '' ? `<p class="bd-subtitle"${fieldAttr(ctx, 'subtitle')}>${portionHtml(slide.bodyPortionMarking)}${renderInline(subtitle)}</p>` : '') +
    (meta !== '' ? `<p class="bd-meta">${meta}</p>` : '') +
    authorityHtml(ctx.deck) +
    `</div>`
  );
}
