/**
 * Replaces the frame's `<section>` slides with those of new `renderDeckHtml` markup, touching only the slides whose
 * markup changed (a keystroke in one title updates one section). The markup is split into its top-level sections
 * as text (the shared renderer escapes every `<` of user text, and never nests sections), and only a section whose
 * text changed is parsed, with DOMParser (an inert document: nothing in it runs). Elements that have no place in a
 * slide (script, iframe, object, embed, base, meta, link, form) are dropped before the nodes are imported: a second
 * guard behind the renderer's escaping and the frame's CSP.
 */

/** Elements removed from incoming slide markup before it is shown. */
const INERT_SELECTOR = 'script, iframe, frame, object, embed, base, meta, link, form, noscript, template';

/** The markup last applied for each slide position (reveal.js mutates the live sections, so compare the source). */
const applied: string[] = [];
/** Classes of the incoming `.reveal` (e.g. `bd-deck bd-theme-briefing-dark`) last copied onto the live one. */
let deckClasses: string[] = [];
/** The markup before the first section (the `.reveal` and `.slides` opening tags) last applied. */
let appliedHead: string | null = null;

/** One top-level `<section>…</section>` of renderDeckHtml output (sections are never nested there). */
const SECTION_MARKUP = /<section\b[^>]*>[\s\S]*?<\/section>/g;

/** Parses markup into an inert document and drops the elements that have no place in a slide. */
function parseInert(markup: string): Document {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  doc.querySelectorAll(INERT_SELECTOR).forEach((el) => el.remove());
  return doc;
}

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
 * Applies `html` to `slidesEl` (the live `.reveal > .slides`). A slide whose markup changed is updated in place
 * (`updated`); slides added or removed make the patch `structural`. Nothing changed: `updated` is empty and
 * `structural` false.
 */
export function patchSlides(revealEl: HTMLElement, slidesEl: HTMLElement, html: string): SlidesPatch {
  const first = html.indexOf('<section');
  const head = first >= 0 ? html.slice(0, first) : html;
  if (head !== appliedHead) {
    appliedHead = head;
    syncDeckElement(revealEl, parseInert(`${head}</div></div>`).querySelector('.reveal'));
  }
  const incoming = html.match(SECTION_MARKUP) ?? [];
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
