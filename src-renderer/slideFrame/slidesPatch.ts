/**
 * Replaces the frame's `<section>` slides with those of new `renderDeckHtml` markup, touching only the slides whose
 * markup changed (a keystroke in one title replaces one section). Markup is parsed with DOMParser (an inert
 * document: nothing in it runs), and elements that have no place in a slide (script, iframe, object, embed, base,
 * meta, link, form) are dropped before the nodes are imported: a second guard behind the renderer's escaping and the
 * frame's CSP.
 */

/** Elements removed from incoming slide markup before it is shown. */
const INERT_SELECTOR = 'script, iframe, frame, object, embed, base, meta, link, form, noscript, template';

/** The markup last applied for each slide position (reveal.js mutates the live sections, so compare the source). */
const applied: string[] = [];
/** Classes of the incoming `.reveal` (e.g. `bd-deck bd-theme-briefing-dark`) last copied onto the live one. */
let deckClasses: string[] = [];

/**
 * Copies the incoming `.reveal`'s own classes, `dir` and `lang` onto the live `.reveal` (whose reveal.js state
 * classes such as `ready` and `overview` stay untouched), so the theme's `.reveal.bd-deck` rules apply.
 */
function syncDeckElement(revealEl: HTMLElement, source: Element | null): void {
  const next = source ? Array.from(source.classList).filter((c) => c !== 'reveal') : [];
  revealEl.classList.remove(...deckClasses.filter((c) => !next.includes(c)));
  revealEl.classList.add(...next);
  deckClasses = next;
  for (const name of ['dir', 'lang']) {
    const value = source?.getAttribute(name);
    if (value) revealEl.setAttribute(name, value);
    else revealEl.removeAttribute(name);
  }
}

/**
 * Applies `html` to `slidesEl` (the live `.reveal > .slides`). Returns the number of sections replaced, added or
 * removed (0 when nothing changed: the caller can skip `Reveal.sync()`).
 */
export function patchSlides(revealEl: HTMLElement, slidesEl: HTMLElement, html: string): number {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  syncDeckElement(revealEl, doc.querySelector('.reveal'));
  const source = doc.querySelector('.reveal > .slides') ?? doc.querySelector('.slides') ?? doc.body;
  source.querySelectorAll(INERT_SELECTOR).forEach((el) => el.remove());
  const incoming = Array.from(source.children).filter((el): el is HTMLElement => el.tagName === 'SECTION');
  const live = Array.from(slidesEl.children).filter((el) => el.tagName === 'SECTION');
  let changed = 0;
  incoming.forEach((section, i) => {
    const markup = section.outerHTML;
    if (live[i] && applied[i] === markup) return;
    const node = document.importNode(section, true);
    if (live[i]) slidesEl.replaceChild(node, live[i]);
    else slidesEl.appendChild(node);
    applied[i] = markup;
    changed++;
  });
  for (let i = incoming.length; i < live.length; i++) {
    live[i].remove();
    changed++;
  }
  applied.length = incoming.length;
  return changed;
}
