/**
 * reveal.js Markdown attribute comments: `<!-- .slide: data-state="x" -->` sets attributes on the slide's
 * `<section>`, `<!-- .element: class="fragment" -->` on the element it follows (reveal.js markdown plugin,
 * `data-element-attributes` / `data-attributes` defaults `\.element\s*?(.+?)$` and `\.slide:\s*?(\S.+?)$`).
 * BriefDeck adds `<!-- .deck: ... -->` at the top of a file for the deck's metadata; reveal.js ignores it.
 * Values are written with `&amp; &quot; &lt; &gt;` so no value can close the comment or the quotes.
 */

export type Attributes = Record<string, string>;
export type CommentKind = 'slide' | 'element' | 'deck';

const ENTITY: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const DECODE: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&#39;': "'" };

/** `{ 'data-layout': 'bullets' }` -> `data-layout="bullets"`; entries whose value is `undefined` are skipped. */
export function formatAttributes(attrs: Record<string, string | undefined>): string {
  return Object.entries(attrs)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `${k}="${v.replace(/[&"<>]/g, (c) => ENTITY[c])}"`)
    .join(' ');
}

/** Parses `a="x" b='y' c=z d` into `{a: 'x', b: 'y', c: 'z', d: ''}` (names lower-cased, entities decoded). */
export function parseAttributes(text: string): Attributes {
  const out: Attributes = {};
  const re = /([^\s"'=<>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+)))?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    out[m[1].toLowerCase()] = value.replace(/&(amp|quot|lt|gt|#39);/g, (e) => DECODE[e]);
  }
  return out;
}

/** A full comment, e.g. `<!-- .slide: data-layout="bullets" -->`; empty string when there are no attributes. */
export function attributeComment(kind: CommentKind, attrs: Record<string, string | undefined>): string {
  const body = formatAttributes(attrs);
  return body ? `<!-- .${kind}: ${body} -->` : '';
}

/**
 * Removes every `<!-- .kind: ... -->` comment from `text` and returns the text without them and their attributes
 * merged (later comments win). `.element` also accepts reveal.js's form without a colon (`<!-- .element class="x" -->`).
 */
export function extractAttributeComments(text: string, kind: CommentKind): { text: string; attrs: Attributes; found: boolean } {
  let attrs: Attributes = {};
  let found = false;
  const re = new RegExp(`<!--\\s*\\.${kind}:?\\s*([\\s\\S]*?)-->`, 'g');
  const rest = text.replace(re, (_m, body: string) => {
    found = true;
    attrs = { ...attrs, ...parseAttributes(body) };
    return '';
  });
  return { text: rest, attrs, found };
}

/** Removes all other HTML comments (a browser never shows them, and reveal.js passes them through as comments). */
export function stripHtmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(-->|$)/g, '');
}
