import type { Deck } from '../deck';
import { deckWrapperHtml } from '../render/markup/deckWrapper';
import { escapeHtml } from '../render/markup/escapeHtml';

const FRAGMENT_CLASS = /class="([^"]*)"/g;

/**
 * A slide `<section>` in one build state: the first `shown` fragments (document order, as reveal.js orders fragments
 * without `data-fragment-index`) get `visible`, later ones `bd-frag-hidden` (kept in the layout, not painted, like a
 * reveal.js fragment before it appears). `shown` at or above the fragment count gives the finished slide.
 * Safe on renderer output: user text is escaped, so a `class="…"` attribute can only come from the renderer.
 */
export function sectionInBuildState(sectionHtml: string, shown: number): string {
  let seen = 0;
  return sectionHtml.replace(FRAGMENT_CLASS, (whole, classes: string) => {
    if (!/(^|\s)fragment(\s|$)/.test(classes)) return whole;
    seen++;
    return `class="${classes} ${seen <= shown ? 'visible' : 'bd-frag-hidden'}"`;
  });
}

/**
 * A slide scaled into a box: `<div class="bd-thumb">` at (x, y) px on its page, `width` px wide (16:9), holding the
 * 1280×720 slide scaled by `width / 1280` inside a `.reveal.bd-deck` wrapper with the deck's theme, direction and
 * language. A background image (an embedded data:image URL, checked by the schema and again by the renderer) is
 * drawn behind the slide with the slide's `contain` / `cover` fit. A framed slide (on a notes or handout page, which
 * carries its own banner) has its banner `aria-hidden` too, so the tagged PDF reads the marking once per page.
 */
export function slideThumbHtml(deck: Deck, slideIndex: number, sectionHtml: string, box: { x: number; y: number; width: number; framed: boolean }): string {
  const scale = box.width / 1280;
  const height = (box.width * 9) / 16;
  const slide = deck.slides[slideIndex];
  const bg = slide?.background && /^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+=*$/.test(slide.background.src)
    ? `<div class="bd-print-bg" style="background-image:url(&quot;${escapeHtml(slide.background.src)}&quot;);background-size:${slide.background.fit === 'cover' ? 'cover' : 'contain'}"></div>`
    : '';
  return (
    `<div class="bd-thumb${box.framed ? ' bd-thumb-framed' : ''}" style="left:${px(box.x)};top:${px(box.y)};width:${px(box.width)};height:${px(height)}">` +
    `<div class="bd-thumb-scale" style="zoom:${scale.toFixed(5)}">` +
    deckWrapperHtml(deck, box.framed ? sectionHtml.replaceAll('<div class="bd-banner bd-banner-top ', '<div aria-hidden="true" class="bd-banner bd-banner-top ') : sectionHtml, bg) +
    `</div></div>`
  );
}

/** A CSS px length with at most two decimals. */
export function px(n: number): string {
  return `${Math.round(n * 100) / 100}px`;
}
