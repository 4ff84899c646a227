import { TLP_COLOURS } from '../../tradecraft/portionMarks';
import { tlpToken, type TlpLabel } from '../markup/classificationBanner';

/**
 * TLP banners: the label's TLP 2.0 colour on black (FIRST TLP 2.0, "Colors in RGB"; `TLP_COLOURS`).
 */
const tlpBanners = Object.entries(TLP_COLOURS)
  .map(([label, colour]) => `.bd-banner.bd-tlp-${tlpToken(label as TlpLabel)}{background:#000000;color:${colour};}`)
  .join('\n');

/**
 * How statements show what they are, made to survive greyscale printing and to read as text:
 * - kind labels are small capitals (upper-cased text, `upperCaseFor`, never CSS case) before the text; they differ by form, not by hue: a judgment (the deck's own)
 *   is solid (text colour as fill, background colour as text: dark on light themes, light on dark ones), reporting
 *   has a solid outline, an assumption a dashed one, an indicator a dotted one and a "▸" sign drawn by CSS (alt text
 *   "" so a screen reader reads only the word);
 * - the likelihood is an outlined tag before the judgment's text, and the confidence sentence is a block of its own
 *   under it, in the muted colour;
 * - the authority block on the title slide, and a picture's portion mark in the slide's top end corner.
 * Same 1280×720 px slide scale as briefingBaseCss.ts.
 */
export const STATEMENT_CSS = `
${tlpBanners}
.bd-kind{display:inline-block;font-family:var(--bd-font-body);font-size:.5em;font-weight:700;letter-spacing:.06em;line-height:1.1;padding:.05em .4em .12em;border:2px solid var(--bd-text);border-radius:3px;color:var(--bd-text);vertical-align:.12em;margin-inline-end:.15em;white-space:nowrap;}
.reveal.bd-deck[dir=rtl] .bd-kind{letter-spacing:0;font-size:.6em;}
.bd-kind-judgment{background:var(--bd-text);color:var(--bd-bg);}
.bd-kind-assumption{border-style:dashed;}
.bd-kind-indicator{border-style:dotted;}
.bd-kind-indicator::before{content:'▸ ' / '';}
.reveal.bd-deck[dir=rtl] .bd-kind-indicator::before,.bd-page[dir=rtl] .bd-kind-indicator::before{content:'◂ ' / '';}
.bd-slide .bd-likelihood{display:inline-block;font-size:.62em;font-weight:700;line-height:1.1;padding:.05em .45em .12em;border:1.5px solid var(--bd-accent);border-radius:999px;background:transparent;color:var(--bd-text);vertical-align:.12em;margin-inline-end:.15em;white-space:nowrap;}
.bd-confidence-line{display:block;font-size:.7em;line-height:1.3;color:var(--bd-muted);margin-top:.2em;}
.bd-stmt-judgment>.bd-confidence-line,.bd-judgment>.bd-confidence-line{font-style:italic;}
ol.bd-timeline .bd-tl-event .bd-confidence-line{font-size:.75em;}
table.bd-table td>.bd-kind{font-size:.7em;}
.bd-authority{margin:22px 0 0;font-size:18px;line-height:1.45;color:var(--bd-text);}
.bd-authority-line{display:block;}
.bd-picture-mark{position:absolute;top:34px;inset-inline-end:12px;z-index:2;font-size:15px;font-weight:700;line-height:1.2;padding:2px 8px;background:var(--bd-bg);color:var(--bd-text);border:1px solid var(--bd-rule);border-radius:3px;}
`;
