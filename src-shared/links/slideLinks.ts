/**
 * Links from one slide to another inside the deck ("Back to BLUF", an annex reference), written in any inline text
 * field as Markdown `[Back to BLUF](#slide:ID)`, where ID is the target slide's `id` (stable when slides move).
 *
 * The target is policed as strictly as https:/mailto: links (docs/security.md): only `#slide:` followed by 1–128
 * characters of `[A-Za-z0-9_-]` is a slide link, so a target such as `#slide:"><script>` is no link at all and stays
 * escaped literal text. Each output turns a slide link into its own jump: an anchor to the slide's section in HTML and
 * PDF (`href="#<section id>"`, a reveal.js named route and a Chromium internal link), a slide jump in PPTX, a
 * `Reveal.slide()` call in the preview frame. A link whose slide is not in the output is shown as plain text.
 */

/** The Markdown link-target prefix that names a slide: `#slide:ID`. */
export const SLIDE_LINK_PREFIX = '#slide:';

const SLIDE_LINK = /^#slide:([A-Za-z0-9_-]{1,128})$/;

/** The slide id a link target names (`"#slide:s-1"` -> `"s-1"`), or null when `url` is not a well-formed slide link. */
export function slideLinkId(url: string): string | null {
  const m = SLIDE_LINK.exec(String(url).trim());
  return m ? m[1] : null;
}

/** True when `url` is a well-formed slide link (`#slide:` + 1–128 of `[A-Za-z0-9_-]`). */
export function isSlideLinkUrl(url: string): boolean {
  return slideLinkId(url) !== null;
}

/**
 * The Markdown for a link to a slide: `[text](#slide:ID)`. `[`, `]` and `\` in the text are backslash-escaped so the
 * text cannot close the link early; an empty text becomes "slide". Throws RangeError for an id outside the policy
 * (slide ids made by the app always fit it).
 */
export function slideLinkMarkdown(text: string, slideId: string): string {
  if (!isSlideLinkUrl(SLIDE_LINK_PREFIX + slideId)) throw new RangeError(`"${slideId}" cannot be a slide link target`);
  const label = (text.trim() || 'slide').replace(/[\\[\]]/g, (c) => `\\${c}`);
  return `[${label}](${SLIDE_LINK_PREFIX}${slideId})`;
}

/** One slide link found in a text: its (Markdown) link text and the slide id it names. */
export interface FoundSlideLink {
  text: string;
  slideId: string;
}

const FOUND = /\[((?:\\.|[^\]\\])*)\]\(\s*#slide:([A-Za-z0-9_-]{1,128})\s*\)/g;

/**
 * Every slide link written in one inline text, in order (the same form the renderer reads: `[text](#slide:ID)`).
 * Used by the pre-export check for links to slides that do not exist.
 */
export function findSlideLinks(text: string): FoundSlideLink[] {
  const out: FoundSlideLink[] = [];
  for (const m of String(text).matchAll(FOUND)) out.push({ text: m[1].replace(/\\(.)/g, '$1'), slideId: m[2] });
  return out;
}

const RENDERED = /<a href="#slide:([A-Za-z0-9_-]{1,128})"([^>]*)>([\s\S]*?)<\/a>/g;

/**
 * Points the slide links in rendered HTML at their sections: `<a href="#slide:ID">` (as `renderInline` writes it)
 * becomes `<a href="#<section id>" class="bd-slide-link" data-bd-slide-id="ID">`; a link whose slide has no section
 * in `sectionOf` (missing, or hidden in this output) becomes its text in `<span class="bd-slide-link-dead">`, never a
 * broken link. Safe on escaped HTML: user text cannot write `<a href="#slide:` (its `<` and `"` are escaped), and
 * section ids are `[A-Za-z0-9_-]` (`sectionIds`).
 */
export function resolveSlideLinks(html: string, sectionOf: ReadonlyMap<string, string>): string {
  if (!html.includes('href="#slide:')) return html;
  return html.replace(RENDERED, (_m, id: string, _rest: string, inner: string) => {
    const section = sectionOf.get(id);
    if (!section) return `<span class="bd-slide-link-dead">${inner}</span>`;
    return `<a href="#${section}" class="bd-slide-link" data-bd-slide-id="${id}">${inner}</a>`;
  });
}
