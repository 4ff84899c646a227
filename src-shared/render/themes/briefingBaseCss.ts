import { CLASSIFICATION_COLOURS } from '../markup/classificationBanner';

/**
 * Layout CSS shared by both briefing themes, written for reveal.js's 1280×720 px slide (config width/height) and
 * layered on reveal's `reset.css` + `reveal.css`. Colours and fonts come from the `--bd-*` custom properties that each
 * theme sets. Logical properties (inline-start/end) make RTL decks lay out from the right.
 * Sizes are px at the slide's own scale (reveal scales the whole slide to the window). reveal.css gives RTL decks
 * `font-family: sans-serif` (`.reveal.rtl .slides`); the `[dir=rtl]` rules below put the bundled fonts back.
 */
const bannerColours = Object.entries(CLASSIFICATION_COLOURS)
  .map(([level, c]) => `.bd-banner.bd-level-${level}{${c ? `background:${c.background};color:${c.text}` : 'background:transparent;color:var(--bd-muted)'}}`)
  .join('\n');

export const BRIEFING_BASE_CSS = `
.reveal-viewport{background:var(--bd-bg);}
.reveal.bd-deck{font-family:var(--bd-font-body);color:var(--bd-text);font-size:28px;line-height:1.35;}
.reveal.bd-deck[dir=rtl]{font-family:var(--bd-font-rtl);}
.reveal.bd-deck .slides{text-align:start;font-family:var(--bd-font-body);}
.reveal.bd-deck[dir=rtl] .slides,.reveal.bd-deck[dir=rtl] .slides .bd-title,.reveal.bd-deck[dir=rtl] .slides .bd-col-heading,.reveal.bd-deck[dir=rtl] .slides .bd-quote{font-family:var(--bd-font-rtl);}
.reveal.bd-deck .slides>section{padding:0;}
.bd-slide{position:relative;box-sizing:border-box;width:1280px;height:720px;padding:58px 72px 76px;background:var(--bd-bg);color:var(--bd-text);text-align:start;overflow:hidden;display:flex;flex-direction:column;}
.bd-slide-section[data-background-image]>.bd-slide{background:transparent;}
.bd-content{flex:1 1 auto;min-height:0;display:flex;flex-direction:column;}
.bd-banner{position:absolute;inset-inline:0;height:28px;line-height:28px;font-family:var(--bd-font-body);font-size:16px;font-weight:700;letter-spacing:.06em;text-align:center;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;z-index:2;}
.bd-banner-top{top:0;}
.bd-banner-bottom{bottom:0;}
${bannerColours}
.bd-footer{position:absolute;inset-inline:72px;bottom:38px;display:flex;justify-content:space-between;gap:24px;font-size:15px;line-height:1.2;color:var(--bd-muted);}
.bd-footer .bd-cite{font-size:15px;vertical-align:baseline;}
.bd-title{font-family:var(--bd-font-heading);font-weight:700;font-size:44px;line-height:1.15;color:var(--bd-heading);margin:0 0 26px;padding-bottom:12px;border-bottom:3px solid var(--bd-accent);}
.bd-portion{font-family:var(--bd-font-body);font-size:.6em;font-weight:700;color:var(--bd-muted);vertical-align:.15em;}
.bd-body{flex:1 1 auto;min-height:0;}
.bd-slide strong{font-weight:700;}
.bd-slide em{font-style:italic;}
.bd-slide s{text-decoration:line-through;}
.bd-slide code{font-family:ui-monospace,monospace;font-size:.85em;background:var(--bd-tint);padding:0 .2em;border-radius:3px;}
.bd-slide a{color:var(--bd-link);text-decoration:underline;}
.bd-cite{font-size:.55em;line-height:0;vertical-align:super;white-space:nowrap;}
.bd-cite a,.bd-cite-link{color:var(--bd-link);text-decoration:none;}
.bd-cite,.bd-number,.bd-tl-date,.bd-paras{direction:ltr;unicode-bidi:isolate;}
.reveal.bd-deck[dir=rtl] .bd-banner,.reveal.bd-deck[dir=rtl] .bd-kj-heading{letter-spacing:0;}
.reveal.bd-deck .controls,.reveal.bd-deck .progress{color:var(--bd-accent);}
.bd-sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;}
ul.bd-bullets,ul.bd-bullets ul{list-style:disc;padding-inline-start:1.15em;margin:0;}
ul.bd-bullets ul{list-style:circle;font-size:.88em;margin-top:.2em;}
ul.bd-bullets ul ul{list-style:square;}
ul.bd-bullets li{margin:0 0 .45em;}
ul.bd-bullets li::marker{color:var(--bd-accent);}
.bd-layout-title .bd-content,.bd-layout-section .bd-content{justify-content:center;}
.bd-title-block .bd-title-main{font-size:60px;border-bottom:4px solid var(--bd-accent);padding-bottom:18px;}
.bd-subtitle{font-size:32px;color:var(--bd-muted);margin:0 0 18px;}
.bd-meta{font-size:22px;color:var(--bd-muted);}
.bd-section-block{border-inline-start:12px solid var(--bd-accent);padding-inline-start:36px;}
.bd-section-block .bd-title-section{font-size:64px;border-bottom:0;margin-bottom:12px;}
.bd-bluf{background:var(--bd-tint);border-inline-start:8px solid var(--bd-accent);padding:14px 22px;margin:0 0 22px;font-size:28px;}
.bd-bluf-label{font-weight:700;color:var(--bd-accent);margin-inline-end:.4em;}
.bd-kj-heading{font-size:18px;font-weight:700;letter-spacing:.08em;color:var(--bd-muted);margin:0 0 10px;}
ol.bd-judgments{list-style:decimal;padding-inline-start:1.3em;margin:0;font-size:25px;}
ol.bd-judgments li{margin:0 0 .55em;}
ol.bd-judgments li::marker{font-weight:700;color:var(--bd-accent);}
.bd-columns{display:grid;grid-template-columns:1fr 1fr;gap:48px;}
.bd-col-heading{font-family:var(--bd-font-heading);font-size:30px;font-weight:700;color:var(--bd-accent);margin:0 0 12px;}
.bd-col{font-size:26px;}
table.bd-table{border-collapse:collapse;width:100%;font-size:22px;line-height:1.3;}
table.bd-table.bd-fixed-cols{table-layout:fixed;}
table.bd-table caption{caption-side:bottom;text-align:start;font-size:16px;color:var(--bd-muted);padding-top:10px;}
table.bd-table th{background:var(--bd-accent);color:var(--bd-on-accent);font-weight:700;text-align:start;padding:10px 14px;}
table.bd-table td{border-bottom:1px solid var(--bd-rule);padding:9px 14px;vertical-align:top;text-align:start;}
table.bd-table tbody tr:nth-child(even) td{background:var(--bd-tint);}
ol.bd-timeline{list-style:none;margin:0;padding:0;border-inline-start:4px solid var(--bd-accent);font-size:24px;}
ol.bd-timeline li{display:grid;grid-template-columns:190px 1fr;gap:18px;position:relative;padding-inline-start:28px;margin:0 0 16px;}
ol.bd-timeline li::before{content:'';position:absolute;inset-inline-start:-12px;top:.35em;width:20px;height:20px;border-radius:50%;background:var(--bd-bg);border:4px solid var(--bd-accent);box-sizing:border-box;}
.bd-tl-date{font-weight:700;color:var(--bd-accent);font-variant-numeric:tabular-nums;}
blockquote.bd-quote{font-family:var(--bd-font-heading);font-size:34px;line-height:1.4;font-style:italic;border-inline-start:8px solid var(--bd-accent);padding-inline-start:32px;margin:10px 0 20px;}
blockquote.bd-quote p{margin:0 0 .6em;}
.bd-attribution{font-size:22px;color:var(--bd-muted);padding-inline-start:40px;}
.bd-quote-body{display:flex;flex-direction:column;justify-content:center;}
.bd-quote-short{align-items:center;text-align:center;}
.bd-quote-short blockquote.bd-quote{border:0;padding:0;margin:0 0 30px;max-width:1000px;font-size:50px;line-height:1.3;text-align:center;}
.bd-quote-short blockquote.bd-quote::before{content:'';display:block;width:120px;height:6px;background:var(--bd-accent);margin:0 auto 40px;}
.bd-quote-short blockquote.bd-quote p:last-child{margin-bottom:0;}
.bd-quote-short .bd-attribution{padding:0;font-size:26px;text-align:center;}
ol.bd-endnotes{list-style:decimal;padding-inline-start:1.6em;margin:0;font-size:19px;line-height:1.35;}
ol.bd-endnotes.bd-endnotes-many{columns:2;column-gap:40px;font-size:16px;}
ol.bd-endnotes li{margin:0 0 .7em;break-inside:avoid;}
.bd-en-title{font-style:italic;}
.bd-en-url{word-break:break-all;}
.bd-en-cited{color:var(--bd-muted);white-space:nowrap;}
.bd-no-citations{color:var(--bd-muted);}
.bd-slide-section.bd-layout-sources .bd-body:has(>.bd-endnotes-few){display:flex;flex-direction:column;justify-content:center;}
ol.bd-endnotes.bd-endnotes-few{font-size:26px;line-height:1.45;max-width:1040px;padding-inline-start:1.4em;}
ol.bd-endnotes.bd-endnotes-few li{margin:0 0 28px;padding-inline-start:.3em;}
ol.bd-endnotes.bd-endnotes-few li::marker{color:var(--bd-accent);font-weight:700;}
ol.bd-endnotes.bd-endnotes-few .bd-en-authors{font-weight:700;}
ol.bd-endnotes.bd-endnotes-few .bd-en-url{display:block;font-size:20px;line-height:1.3;margin-top:4px;color:var(--bd-link);}
ol.bd-endnotes.bd-endnotes-few .bd-en-cited{display:block;font-size:20px;margin-top:6px;}
.reveal .bd-slide .fragment.visible{visibility:inherit;}
`;
