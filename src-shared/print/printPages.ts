import type { Deck } from '../deck';
import type { PrintOptions } from './printOptions';
import type { CommentsPage, HandoutPage, NotesPage, NotesSlidePage, PrintPage, SlidePage } from './pageKinds';
import type { PageSize } from './paper';
import { classificationBannerHtml, deckBanner } from '../render/markup/classificationBanner';
import { escapeHtml } from '../render/markup/escapeHtml';
import { handoutCells, notesSlideBoxes } from './printGeometry';
import { printLabelsFor } from './printLabels';
import { px, sectionInBuildState, slideThumbHtml } from './slideState';

/** What a page needs: the deck, the options, the page size, and the rendered `<section>` of a deck slide index. */
export interface PageContext {
  deck: Deck;
  options: PrintOptions;
  page: PageSize;
  sectionOf(slideIndex: number): string;
  /** 1-based position of a deck slide among the exported slides, and their count. */
  positionOf(slideIndex: number): number;
  total: number;
}

function banners(ctx: PageContext): [string, string] {
  const banner = deckBanner(ctx.deck);
  return [classificationBannerHtml(banner, 'top'), classificationBannerHtml(banner, 'bottom')];
}

function pageOpen(ctx: PageContext, kind: string): string {
  const dir = ctx.deck.direction === 'rtl' ? 'rtl' : 'ltr';
  return `<div class="bd-page bd-page-${kind}" dir="${dir}" lang="${escapeHtml(ctx.deck.language)}">`;
}

function titleText(ctx: PageContext, slideIndex: number): string {
  const title = ctx.deck.slides[slideIndex]?.title.trim() ?? '';
  return title === '' ? `Slide ${ctx.positionOf(slideIndex)}` : title;
}

/** A full page with one slide, scaled to the page and centred (16:9 paper: the slide is the page). */
function slidePageHtml(p: SlidePage, ctx: PageContext): string {
  const { widthPx: W, heightPx: H } = ctx.page;
  const width = Math.min(W, (H * 16) / 9);
  const height = (width * 9) / 16;
  const section = sectionInBuildState(ctx.sectionOf(p.slide), p.shown);
  return `${pageOpen(ctx, 'slide')}${slideThumbHtml(ctx.deck, p.slide, section, { x: (W - width) / 2, y: (H - height) / 2, width, framed: false })}</div>`;
}

function paragraphsHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
}

/** A page of speaker notes: banner, "Speaker notes · slide n of N · title (part k of m)", the notes text, banner. */
function notesPageHtml(p: NotesPage, ctx: PageContext): string {
  const [top, bottom] = banners(ctx);
  const labels = printLabelsFor(ctx.deck.language);
  const part = p.parts > 1 ? labels.part(p.part, p.parts) : '';
  const header =
    `<div class="bd-page-header"><span class="bd-ph-title">${escapeHtml(titleText(ctx, p.slide))}</span>` +
    `<span class="bd-ph-meta">${escapeHtml(labels.notesHeader(ctx.positionOf(p.slide), ctx.total) + part)}</span></div>`;
  return `${pageOpen(ctx, 'notes')}${top}${header}<div class="bd-notes-text" data-slide="${p.slide}">${paragraphsHtml(p.paragraphs)}</div>${bottom}</div>`;
}

/** A review copy's comments page: banner, "Review comments · slide n of N · title (part k of m)", the comments, banner. */
function commentsPageHtml(p: CommentsPage, ctx: PageContext): string {
  const [top, bottom] = banners(ctx);
  const labels = printLabelsFor(ctx.deck.language);
  const part = p.parts > 1 ? labels.part(p.part, p.parts) : '';
  const header =
    `<div class="bd-page-header"><span class="bd-ph-title">${escapeHtml(titleText(ctx, p.slide))}</span>` +
    `<span class="bd-ph-meta">${escapeHtml(`Review comments · slide ${ctx.positionOf(p.slide)} of ${ctx.total}${part}`)}</span></div>`;
  return `${pageOpen(ctx, 'comments')}${top}${header}<div class="bd-notes-text bd-comments-text" data-slide="${p.slide}">${paragraphsHtml(p.paragraphs)}</div>${bottom}</div>`;
}

/**
 * A portrait notes page: banner, the header line, the slide (framed, across the content width), the first part of
 * its notes below, banner.
 */
function notesSlidePageHtml(p: NotesSlidePage, ctx: PageContext): string {
  const [top, bottom] = banners(ctx);
  const labels = printLabelsFor(ctx.deck.language);
  const part = p.parts > 1 ? labels.part(1, p.parts) : '';
  const header =
    `<div class="bd-page-header"><span class="bd-ph-title">${escapeHtml(titleText(ctx, p.slide))}</span>` +
    `<span class="bd-ph-meta">${escapeHtml(labels.notesHeader(ctx.positionOf(p.slide), ctx.total) + part)}</span></div>`;
  const boxes = notesSlideBoxes(ctx.page);
  const thumb = slideThumbHtml(ctx.deck, p.slide, sectionInBuildState(ctx.sectionOf(p.slide), p.shown), { x: boxes.slide.x, y: boxes.slide.y, width: boxes.slide.width, framed: true });
  const t = boxes.text;
  const text = `<div class="bd-notes-below" data-slide="${p.slide}" style="left:${px(t.x)};top:${px(t.y)};width:${px(t.widthPx)};height:${px(t.heightPx)}">${paragraphsHtml(p.paragraphs)}</div>`;
  return `${pageOpen(ctx, 'notes-slide')}${top}${header}${thumb}${text}${bottom}</div>`;
}

/** A handout page: the slides in a grid; on 3-a-page handouts, notes or writing lines beside each slide. */
function handoutPageHtml(p: HandoutPage, ctx: PageContext, pageNumber: number, pageCount: number): string {
  const [top, bottom] = banners(ctx);
  const cells = handoutCells(ctx.page, ctx.options.handoutPerPage);
  const labels = printLabelsFor(ctx.deck.language);
  const header =
    `<div class="bd-page-header"><span class="bd-ph-title">${escapeHtml(ctx.deck.title)}</span>` +
    `<span class="bd-ph-meta">${escapeHtml(labels.handoutHeader(pageNumber, pageCount))}</span></div>`;
  const body = p.cells
    .map((c, i) => {
      const box = cells[i];
      const thumb = slideThumbHtml(ctx.deck, c.slide, sectionInBuildState(ctx.sectionOf(c.slide), c.shown), { x: box.x, y: box.y, width: box.slideWidth, framed: true });
      if (!box.side) return thumb;
      const pos = `left:${px(box.side.x)};top:${px(box.side.y)};width:${px(box.side.width)};height:${px(box.side.height)}`;
      if (c.notes) {
        const more = c.notes.continued ? `<p class="bd-side-more">${escapeHtml(labels.continued)}</p>` : '';
        return `${thumb}<div class="bd-side bd-side-notes" data-slide="${c.slide}" style="${pos};font-size:${c.notes.fontPx}px">${paragraphsHtml(c.notes.paragraphs)}${more}</div>`;
      }
      const lines = Array.from({ length: 7 }, () => '<div class="bd-line"></div>').join('');
      return `${thumb}<div class="bd-side bd-lines" style="${pos}">${lines}</div>`;
    })
    .join('');
  return `${pageOpen(ctx, 'handout')}${top}${header}${body}${bottom}</div>`;
}

/** Every page of `plan` as markup, one string a page, in order. Handout pages are numbered among the handout pages. */
export function printPageHtmlList(plan: readonly PrintPage[], ctx: PageContext): string[] {
  const handoutCount = plan.filter((p) => p.kind === 'handout').length;
  let handoutNumber = 0;
  return plan.map((p) => {
    if (p.kind === 'slide') return slidePageHtml(p, ctx);
    if (p.kind === 'notes') return notesPageHtml(p, ctx);
    if (p.kind === 'notes-slide') return notesSlidePageHtml(p, ctx);
    if (p.kind === 'comments') return commentsPageHtml(p, ctx);
    return handoutPageHtml(p, ctx, ++handoutNumber, handoutCount);
  });
}
