import resetCss from 'reveal.js/reset.css?inline';
import revealCss from 'reveal.js/reveal.css?inline';
import type { Deck } from '../../src-shared/deck';
import { deckWrapperHtml, fontFaceCss, themeCss } from '../../src-shared/render';
import { fontUrl } from '../slideFrame/fontUrls';
import { SLIDE_HEIGHT_PX, SLIDE_WIDTH_PX } from '../slideFrame';

/**
 * reveal.js lays slides out with JavaScript; a static thumbnail has none, so these rules pin the one `<section>` to
 * the slide size (SLIDE_WIDTH_PX x SLIDE_HEIGHT_PX, as in the slide frame) and make it visible.
 */
const staticLayoutCss = `
html, body { margin: 0; width: ${SLIDE_WIDTH_PX}px; height: ${SLIDE_HEIGHT_PX}px; overflow: hidden; }
.reveal { width: ${SLIDE_WIDTH_PX}px; height: ${SLIDE_HEIGHT_PX}px; position: relative; overflow: hidden; }
.reveal .slides { position: absolute; inset: 0; width: ${SLIDE_WIDTH_PX}px; height: ${SLIDE_HEIGHT_PX}px; margin: 0; transform: none; pointer-events: none; }
.reveal .slides > section { display: block !important; position: absolute; inset: 0; width: ${SLIDE_WIDTH_PX}px; height: ${SLIDE_HEIGHT_PX}px;
  visibility: visible; opacity: 1; transform: none; }
.reveal .slides section .fragment { opacity: 1; visibility: inherit; transform: none; }
.reveal aside.notes { display: none; }
`;

/**
 * The CSP of a thumbnail document: no scripts and no fetches except the app's own bundled fonts (from `origin`);
 * inline styles and embedded (data:) images only.
 */
function thumbnailCsp(origin: string): string {
  return `default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src ${origin} data:`;
}

/** @font-face rules with absolute URLs (a srcdoc document in an opaque origin resolves them against the app). */
let fontCssCache: string | null = null;
function bundledFontCss(): string {
  fontCssCache ??= fontFaceCss((file) => new URL(fontUrl(file), document.baseURI).href);
  return fontCssCache;
}

/**
 * A complete static HTML document for one slide: reveal.js CSS, the deck theme's CSS, and the slide's `<section>`
 * markup (from `renderSlideHtml` / `createSlideRenderer`, already escaped). It is shown in `<iframe sandbox="">`:
 * no script runs, and the CSP forbids every fetch but the app's bundled fonts.
 */
export function staticSlideDocument(deck: Pick<Deck, 'theme' | 'direction' | 'language' | 'brand'>, sectionHtml: string): string {
  const dir = deck.direction === 'rtl' ? 'rtl' : 'ltr';
  return (
    `<!doctype html><html lang="${encodeAttr(deck.language)}" dir="${dir}" data-theme="${encodeAttr(deck.theme)}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${thumbnailCsp(location.origin)}">` +
    `<style>${bundledFontCss()}\n${resetCss}\n${revealCss}\n${themeCss(deck.theme, deck.brand)}\n${staticLayoutCss}</style></head>` +
    `<body>${deckWrapperHtml(deck, sectionHtml)}</body></html>`
  );
}

function encodeAttr(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
