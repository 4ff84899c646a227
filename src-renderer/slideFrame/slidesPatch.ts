/**
 * Replaces the frame's `<section>` slides with a new list of sections (one per deck slide, from the shared
 * renderer), touching only the slides whose markup changed (a keystroke in one title updates one section). Only a
 * section whose text changed is parsed, with DOMParser (an inert document: nothing in it runs). Elements that have no place in a
 * slide (script, iframe, object, embed, base, meta, link, form) are dropped before the nodes are imported: a second
 * guard behind the renderer's escaping and the frame's CSP.
 */

/** Elements removed from incoming slide markup before it is shown. */
const INERT_SELECTOR = 'script, iframe, frame, object, embed, base, meta, link, form, noscript, template';

/** The markup last applied for each slide position (reveal.js mutates the live sections, so compare the source). */
const applied: string[] = [];
/** The deck classes (`bd-deck bd-theme-<theme>`) last set on the live `.reveal`. */
let deckClasses: string[] = [];

/** Parses markup into an inert document and drops the elements that have no place in a slide. */
function parseInert(markup: string): Document {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  doc.querySelectorAll(INERT_SELECTOR).forEach((el) => el.remove());
  return doc;
}

/** What the live `.reveal` takes from the deck: its theme (an id of [a-z0-9-], checked by the protocol), dir, lang. */
export interface DeckElementFields {
  theme: string;
  dir: 'ltr' | 'rtl';
  lang: string;
}

/**
 * Sets the deck's classes (`bd-deck bd-theme-<theme>`, as `deckWrapperHtml` writes them), `dir` and `lang` on the
 * live `.reveal` (whose reveal.js state classes such as `ready` and `overview` stay untouched), so the theme's
 * `.reveal.bd-deck` rules apply.
 */
function syncDeckElement(revealEl: HTMLElement, deck: DeckElementFields): void {
  const next = ['bd-deck', `bd-theme-${deck.theme}`];
  revealEl.classList.remove(...deckClasses.filter((c) => !next.includes(c)));
  revealEl.classList.add(...next);
  deckClasses = next;
  revealEl.setAttribute('dir', deck.dir);
  if (deck.lang) revealEl.setAttribute('lang', deck.lang);
  else revealEl.removeAttribute('lang');
}

/** Classes and attributes that reveal.js keeps on a live section (its position and state), kept across an update. */
const REVEAL_CLASSES = ['present', 'past', 'future', 'has-dark-background', 'has-light-background'];
const REVEAL_ATTRIBUTES = new Set(['style', 'hidden', 'aria-hidden', 'inert', 'data-index-h', 'data-index-v', 'data-previous-indexv']);

/**
 * Makes the live section `target` show the incoming `section`: its children and attributes are replaced, while the
 * element itself (which reveal.js references, e.g. its background element) and reveal.js's state classes and
 * attributes stay.
 */
function updateSection(target: HTMLElement, section: HTMLElement): void {
  const keep = REVEAL_CLASSES.filter((c) => target.classList.contains(c));
  for (const attr of Array.from(target.attributes)) {
    if (!REVEAL_ATTRIBUTES.has(attr.name) && !section.hasAttribute(attr.name)) target.removeAttribute(attr.name);
  }
  for (const attr of Array.from(section.attributes)) {
    if (attr.name !== 'class' && !REVEAL_ATTRIBUTES.has(attr.name)) target.setAttribute(attr.name, attr.value);
  }
  target.className = section.className;
  target.classList.add(...keep);
  target.replaceChildren(...Array.from(document.importNode(section, true).childNodes));
}

/** What `patchSlides` changed. */
export interface SlidesPatch {
  /** Live sections whose content was replaced in place (refresh each with `Reveal.syncSlide`). */
  updated: HTMLElement[];
  /** Sections were added or removed (refresh everything with `Reveal.sync()`). */
  structural: boolean;
}

/**
 * Applies `incoming` (one section's markup per deck slide) to `slidesEl` (the live `.reveal > .slides`) and the
 * deck's fields to `revealEl`. A slide whose markup changed is updated in place (`updated`); slides added or removed
 * make the patch `structural`. Nothing changed: `updated` is empty and `structural` false.
 */
export function patchSlides(revealEl: HTMLElement, slidesEl: HTMLElement, incoming: readonly string[], deck: DeckElementFields): SlidesPatch {
  syncDeckElement(revealEl, deck);
  const live = Array.from(slidesEl.children).filter((el): el is HTMLElement => el.tagName === 'SECTION');
  const patch: SlidesPatch = { updated: [], structural: incoming.length !== live.length };
  incoming.forEach((markup, i) => {
    if (live[i] && applied[i] === markup) return;
    applied[i] = markup;
    const section = parseInert(markup).querySelector('section') ?? document.createElement('section');
    if (live[i]) {
      updateSection(live[i], section);
      patch.updated.push(live[i]);
    } else slidesEl.appendChild(document.importNode(section, true));
  });
  for (let i = incoming.length; i < live.length; i++) live[i].remove();
  applied.length = incoming.length;
  return patch;
}
