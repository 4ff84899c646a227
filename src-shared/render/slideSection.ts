import type { Slide } from '../deck';
import { citationMarkerHtml } from './markup/citationMarkers';
import { classificationBannerHtml, deckBanner } from './markup/classificationBanner';
import { escapeHtml } from './markup/escapeHtml';
import { blufLayoutHtml } from './layouts/blufLayout';
import { bulletsLayoutHtml } from './layouts/bulletsLayout';
import { chartLayoutHtml } from './layouts/chartLayout';
import { mapLayoutHtml } from './layouts/mapLayout';
import { quoteLayoutHtml } from './layouts/quoteLayout';
import { sectionLayoutHtml } from './layouts/sectionLayout';
import { sourcesLayoutHtml } from './layouts/sourcesLayout';
import { tableLayoutHtml } from './layouts/tableLayout';
import { timelineLayoutHtml } from './layouts/timelineLayout';
import { titleLayoutHtml } from './layouts/titleLayout';
import { twoColumnLayoutHtml } from './layouts/twoColumnLayout';
import { pictureLayoutHtml } from './layouts/pictureLayout';
import { changesLayoutHtml } from './layouts/changesLayout';
import { whatChanged } from '../versions/whatChanged';
import type { RenderContext } from './markup/renderContext';
import { labelsFor } from './markup/labels';
import { logoHtml } from './markup/logoHtml';
import { paragraphsOf } from './markup/slideTitle';

const IMAGE_DATA_URL = /^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+=*$/;

function layoutHtml(slide: Slide, ctx: RenderContext): string {
  switch (slide.layout) {
    case 'title': return titleLayoutHtml(slide, ctx);
    case 'bluf': return blufLayoutHtml(slide, ctx);
    case 'bullets': return bulletsLayoutHtml(slide, ctx);
    case 'two-column': return twoColumnLayoutHtml(slide, ctx);
    case 'table': return tableLayoutHtml(slide, ctx);
    case 'timeline': return timelineLayoutHtml(slide, ctx);
    case 'quote': return quoteLayoutHtml(slide, ctx);
    case 'section': return sectionLayoutHtml(slide, ctx);
    case 'sources': return sourcesLayoutHtml(slide, ctx);
    case 'chart': return chartLayoutHtml(slide, ctx);
    case 'picture': return pictureLayoutHtml(slide);
    case 'map': return mapLayoutHtml(slide, ctx);
    case 'changes': return changesLayoutHtml(slide, whatChanged(ctx.deck));
    default: return '';
  }
}

/**
 * The layout's markup with the slide title's heading marked as the "title" field (`RenderOptions.fieldPaths`). Every
 * layout opens its title with `slideTitleHtml`'s `<h2 class="bd-title`, the slide's only heading, and deck text is
 * escaped, so the first such opening tag is always the title's. A slide without a title (a new slide) gets an empty
 * marked heading there instead, which the editor's preview shows as "Click to add title" (slideFrame.css), so the
 * title can be typed on the slide as in PowerPoint; exports never ask for field paths, so they never carry it.
 */
function titleFieldHtml(html: string, ctx: RenderContext): string {
  if (!ctx.options.fieldPaths) return html;
  if (html.includes('<h2 class="bd-title')) return html.replace('<h2 class="bd-title', '<h2 data-bd-field="title" class="bd-title');
  return `<h2 data-bd-field="title" class="bd-title"></h2>${html}`;
}

/** Speaker notes as reveal.js expects them: `<aside class="notes">` with escaped paragraphs (single newlines kept). */
export function notesHtml(notes: string): string {
  const paragraphs = paragraphsOf(notes);
  if (paragraphs.length === 0) return '';
  return `<aside class="notes">${paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('')}</aside>`;
}

/**
 * The picture's portion mark, printed beside the picture: the background fills the slide, so the mark sits in the
 * slide's top end corner under the banner, `<span class="bd-picture-mark">Picture (S)</span>`. '' for no mark.
 */
function pictureMarkHtml(slide: Slide, ctx: RenderContext): string {
  const mark = slide.background?.portionMarking?.trim() ?? '';
  if (mark === '' || !slide.background || !IMAGE_DATA_URL.test(slide.background.src)) return '';
  return `<span class="bd-picture-mark">${escapeHtml(labelsFor(ctx.deck.language).picture)} ${escapeHtml(mark)}</span>`;
}

/**
 * One slide as a reveal.js `<section>`:
 * `<section id data-slide-id data-layout class="bd-slide-section bd-layout-X" [data-background-image]>`
 *   `<div class="bd-slide">` banner (top) · `<div class="bd-content">` layout `</div>` · footer (slide-level citation
 *   markers, "n / N", after the brand's logo) · banner (bottom) `</div>` notes `</section>`. The banner is `deckBanner` (computed from the
 *   portion marks in a CAPCO or TLP deck); a picture's portion mark is printed beside it.
 * The fixed 1280×720 px `.bd-slide` box carries the padding, because reveal's print view zeroes section padding.
 * The background image is emitted only if it is an embedded data:image URL (the schema's rule, checked again here).
 */
export function slideSectionHtml(slide: Slide, sectionId: string, ctx: RenderContext): string {
  const attrs = [`id="${escapeHtml(sectionId)}"`, `data-slide-id="${escapeHtml(slide.id)}"`, `data-layout="${escapeHtml(slide.layout)}"`];
  attrs.push(`class="bd-slide-section bd-layout-${escapeHtml(slide.layout)}${slide.hidden ? ' bd-hidden-slide' : ''}"`);
  if (slide.background && IMAGE_DATA_URL.test(slide.background.src)) {
    attrs.push(`data-background-image="${escapeHtml(slide.background.src)}"`);
    attrs.push(`data-background-size="${slide.background.fit === 'cover' ? 'cover' : 'contain'}"`);
  }
  const refs = citationMarkerHtml(slide.layout === 'sources' ? [] : slide.citations, ctx);
  const number = ctx.options.slideNumbers && ctx.position > 0 ? `<span class="bd-number">${ctx.position} / ${ctx.total}</span>` : '';
  const footer = refs !== '' || number !== '' ? `<div class="bd-footer"><span class="bd-refs">${refs}</span>${number}</div>` : '';
  const alt = slide.background?.alt ? `<span class="bd-sr-only">${escapeHtml(slide.background.alt)}</span>` : '';
  const banner = deckBanner(ctx.deck);
  return (
    `<section ${attrs.join(' ')}><div class="bd-slide">` +
    classificationBannerHtml(banner, 'top') +
    `<div class="bd-content">${titleFieldHtml(layoutHtml(slide, ctx), ctx)}${alt}</div>` +
    pictureMarkHtml(slide, ctx) +
    logoHtml(ctx.deck) +
    footer +
    classificationBannerHtml(banner, 'bottom') +
    `</div>${ctx.options.includeNotes ? notesHtml(slide.notes) : ''}</section>`
  );
}
