import type { Deck } from '../deck';
import { exportedSlideIndexes, planPdfPages } from './pagePlan';
import type { PrintPage } from './pageKinds';
import type { PrintOptions } from './printOptions';
import { pageSizeOf } from './paper';
import type { DeckDocumentAssets } from '../render/buildDeckDocument';
import { deckContentSecurityPolicy } from '../render/document/contentSecurityPolicy';
import { inlineStyleText } from '../render/document/inlineScriptText';
import { FIT_SLIDES_JS } from '../render/document/revealInitScript';
import { cspScriptHash } from '../render/document/sha256';
import { escapeHtml } from '../render/markup/escapeHtml';
import { createSlideRenderer } from '../render/renderDeckHtml';
import { themeCss } from '../render/themes/themeCss';
import { printCss } from './printCss';
import { printPageHtmlList } from './printPages';
import { usedFontFaces } from './usedFontFaces';

/**
 * The print script: once the fonts are loaded, shrink overflowing slide content (the renderer's `bdFit`, as in
 * reveal's print view), check that no notes box overflows (any that does is listed in
 * `<html data-bd-notes-overflow="slide indexes">`; the page plan is sized so that this does not happen), then mark
 * `<html data-bd-print-ready="true">` for the printer.
 */
export const PRINT_READY_JS = `(function(){${FIT_SLIDES_JS}document.fonts.ready.then(function(){bdFit(document);var o=[],n=document.querySelectorAll('.bd-notes-text,.bd-side-notes'),i;for(i=0;i<n.length;i++){if(n[i].scrollHeight>n[i].clientHeight+1)o.push(n[i].getAttribute('data-slide'))}if(o.length)document.documentElement.setAttribute('data-bd-notes-overflow',o.join(' '));document.documentElement.setAttribute('data-bd-print-ready','true')})})();`;

/** A print document and the pages it prints (`plan.length` pages). */
export interface PrintDocument {
  html: string;
  plan: PrintPage[];
}

/**
 * A print document taken apart: the markup of each printed page (`pages[k]` prints `plan[k]`) and the document around
 * them (`documentOf(pagesHtml)`: head, styles, the print script). The pre-export check measures a few pages at a time
 * in a document built from these.
 */
export interface PrintDocumentParts {
  plan: PrintPage[];
  pages: string[];
  documentOf(pagesHtml: string): string;
}

/** `buildPrintDocument`'s pages and document, apart (see PrintDocumentParts). Pure. */
export function buildPrintDocumentParts(deck: Deck, options: PrintOptions, assets: Pick<DeckDocumentAssets, 'resetCss' | 'fontCss' | 'themeCss'>, plan: PrintPage[] = planPdfPages(deck, options)): PrintDocumentParts {
  const page = pageSizeOf(options.paper, options.pdfLayout);
  const renderer = createSlideRenderer(deck, { includeHidden: options.includeHidden && !options.audience, includeNotes: false });
  const exported = exportedSlideIndexes(deck, options);
  const position = new Map(exported.map((slide, i) => [slide, i + 1]));
  const sections = new Map<number, string>();
  const pages = printPageHtmlList(plan, {
    deck,
    options,
    page,
    total: exported.length,
    positionOf: (i) => position.get(i) ?? 0,
    sectionOf(i) {
      let s = sections.get(i);
      if (s === undefined) sections.set(i, (s = renderer.slideHtml(i)));
      return s;
    },
  });
  const csp = deckContentSecurityPolicy([cspScriptHash(PRINT_READY_JS)], false);
  const dir = deck.direction === 'rtl' ? 'rtl' : 'ltr';
  const theme = assets.themeCss ?? themeCss(deck.theme, deck.brand);
  const pageCss = printCss(page);
  // Only the font faces the pages can use (usedFontFaces): what is printed is the same, the document much smaller.
  // From every page, so a document of a few of them (the pre-export check's) has the same faces as the whole.
  const fonts = usedFontFaces(assets.fontCss, `${deck.title}${deck.author}${pages.join('')}${theme}${pageCss}`);
  const styles = [assets.resetCss, fonts, theme, pageCss].map((css) => `<style>${inlineStyleText(css)}</style>`).join('\n');
  const author = deck.author.trim() !== '' ? `<meta name="author" content="${escapeHtml(deck.author)}">` : '';
  const head =
    `<!DOCTYPE html>\n<html lang="${escapeHtml(deck.language)}" dir="${dir}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}"><meta name="referrer" content="no-referrer">` +
    `<title>${escapeHtml(deck.title)}</title>${author}<meta name="generator" content="BriefDeck">\n${styles}\n</head>` +
    `<body class="bd-print bd-theme-${escapeHtml(deck.theme)}">\n`;
  return { plan, pages, documentOf: (pagesHtml) => `${head}${pagesHtml}\n<script>${PRINT_READY_JS}</script>\n</body></html>\n` };
}

/**
 * The print document for notes pages, handouts and slides on A4 / Letter (pages of `plan`, by default
 * `planPdfPages(deck, options)`): one fixed-size `.bd-page` per printed page, real text (selectable in the PDF), the
 * classification banner on every page, fonts embedded from `assets.fontCss` (the faces its text can use), and no
 * request of its own (CSP
 * `default-src 'none'`; only the print script's hash may run). No reveal.js: slides are the renderer's markup, scaled.
 * Speaker notes are never in the slide markup; they appear only as notes text, and never in an audience copy.
 */
export function buildPrintDocument(deck: Deck, options: PrintOptions, assets: Pick<DeckDocumentAssets, 'resetCss' | 'fontCss' | 'themeCss'>, plan: PrintPage[] = planPdfPages(deck, options)): PrintDocument {
  const parts = buildPrintDocumentParts(deck, options, assets, plan);
  return { plan: parts.plan, html: parts.documentOf(parts.pages.join('\n')) };
}
