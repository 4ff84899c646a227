import type { PageSize } from './paper';
import { BANNER_PX, CONTENT_GAP_PX, HEADER_PX, NOTES_FONT_PX, NOTES_LINE_HEIGHT, PAGE_MARGIN_PX, HANDOUT_NOTES_LINE_HEIGHT } from './printGeometry';

/**
 * CSS of the print document (notes pages, handouts, slides on A4/Letter), after reveal's reset.css, the fonts and
 * the theme (reveal.css is left out: its `@media print` rules restyle text for paper). Pages are fixed boxes of the
 * paper's size, one per printed page (`break-after: page`), so nothing flows from one page onto the next;
 * `@page { size }` sets the paper (Chromium honours it with `preferCSSPageSize`). Notes and handout pages are white
 * paper in every theme; slides keep their theme's background.
 */
export function printCss(page: PageSize): string {
  const [w, h] = page.cssSize.split(' ');
  return `
@page{size:${page.cssSize};margin:0}
html,body{margin:0;padding:0;background:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.bd-page{position:relative;width:${w};height:calc(${h} - 1px);overflow:hidden;break-after:page;page-break-after:always;background:#fff;color:#1b1f24;font-family:var(--bd-font-body)}
.bd-page:last-child{break-after:auto;page-break-after:auto}
.bd-page[dir=rtl]{font-family:var(--bd-font-rtl)}
.bd-page>.bd-banner{height:${BANNER_PX}px;line-height:${BANNER_PX}px}
.bd-page-header{position:absolute;left:${PAGE_MARGIN_PX}px;right:${PAGE_MARGIN_PX}px;top:${BANNER_PX + CONTENT_GAP_PX}px;height:${HEADER_PX - 8}px;display:flex;justify-content:space-between;align-items:flex-end;gap:24px;border-bottom:1.5px solid #1f4e79;font-size:15px;line-height:1.2;color:#3a4350;white-space:nowrap;overflow:hidden}
.bd-page-header .bd-ph-title{overflow:hidden;text-overflow:ellipsis;font-weight:700;color:#12263f}
.bd-notes-text{position:absolute;left:${PAGE_MARGIN_PX}px;right:${PAGE_MARGIN_PX}px;top:${BANNER_PX + CONTENT_GAP_PX + HEADER_PX}px;bottom:${BANNER_PX + CONTENT_GAP_PX}px;font-size:${NOTES_FONT_PX}px;line-height:${NOTES_LINE_HEIGHT};overflow:hidden;text-align:start}
.bd-notes-below{position:absolute;font-size:${NOTES_FONT_PX}px;line-height:${NOTES_LINE_HEIGHT};overflow:hidden;text-align:start}
.bd-notes-text p,.bd-notes-below p,.bd-side-notes p{margin:0 0 .6em;white-space:pre-line;overflow-wrap:anywhere}
.bd-thumb{position:absolute;overflow:hidden}
.bd-thumb-framed{outline:1px solid #9aa5b1}
.bd-thumb-scale{position:absolute;left:0;top:0;width:1280px;height:720px}
.bd-thumb .reveal.bd-deck{position:relative;width:1280px;height:720px;overflow:hidden;background:var(--bd-bg)}
.bd-thumb .slides,.bd-thumb section{position:relative;display:block;margin:0;padding:0;width:1280px;height:720px}
.bd-thumb aside.notes{display:none}
.bd-print-bg{position:absolute;inset:0;background-color:var(--bd-bg);background-repeat:no-repeat;background-position:center}
.bd-thumb .bd-print-bg~.slides .bd-slide{background:transparent}
.bd-frag-hidden{visibility:hidden}
.bd-page-slide{background:#fff}
.bd-side{position:absolute;overflow:hidden}
.bd-side-notes{font-size:13px;line-height:${HANDOUT_NOTES_LINE_HEIGHT};text-align:start}
.bd-side-more{font-style:italic;color:#596372}
.bd-lines{display:flex;flex-direction:column;justify-content:space-evenly;height:100%}
.bd-line{border-bottom:1px solid #9aa5b1;height:0}
`;
}
