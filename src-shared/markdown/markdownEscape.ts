/**
 * Escaping for text written into a reveal.js Markdown deck, and its inverse for import.
 *
 * Deck text fields hold inline markdown already (emphasis and links are kept as typed), so only what would change
 * the *block* structure is escaped: a line that would start a heading, list, quote, fence, setext underline or link
 * reference definition, a line reveal.js would read as a slide separator (`---`, `--`) or as the start of speaker
 * notes (`Note:`, reveal.js markdown plugin `notesSeparator` default `^s*notes?:`).
 *
 * Text must also stay inert where reveal.js renders it: its markdown plugin (marked) passes raw HTML through and
 * links any URL scheme, while BriefDeck shows `<img onerror>` as text and keeps only https:/mailto: links. So every
 * `<` is written `&lt;` (no tag, comment or autolink can form), a link whose target is not https:/mailto: or a
 * slide link (`#slide:ID`, kept so a Markdown round trip keeps the deck's internal links) is broken
 * as `]\(`, and image syntax as `!\[` (reveal.js would load the image). Import undoes each of these.
 */

const BLOCK_MARKER = /^(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|={2,}\s*$|-{2,}\s*$|`{3,}|~{3,}|\||\[[^\]]*\]:)/;
const ORDERED_MARKER = /^(\d{1,9})([.)])(?=\s|$)/;
const NOTES_START = /^(n)(otes?:)/i;

/**
 * Parts of inline text marked must read exactly as typed: code spans (marked never links inside them), link targets
 * BriefDeck keeps (https:, mailto:) and autolinks to them (`<https://…>`, `<a@b.org>`), which marked links too.
 */
const KEPT_LINK = /(`+)[\s\S]*?(?<!`)\1(?!`)|\]\(\s*<?(?:https:\/\/|mailto:)[^)\s>]*>?|<(?:https:\/\/[^\s<>"'`]*|mailto:[^\s<>"'`]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/gi;
/** `&` that starts something an HTML reader would take for an entity (`&lt;`, `&#58;`, `&amp;`). */
const ENTITY_START = /&(?=#\d{1,7};|#x[0-9a-f]{1,6};|[a-z][a-z0-9]{1,31};)/gi;
/** The entities `inertInline` writes, and the common ones an imported file uses for the same characters. */
const INLINE_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#58;': ':', '&#46;': '.', '&#64;': '@', '&#92;': '\\' };

/**
 * Makes inline text inert for marked, the Markdown reader of reveal.js's markdown plugin, which passes raw HTML
 * through and links bare addresses (GFM autolinks: `http://`, `https://`, `ftp://`, `www.`, e-mail addresses):
 * - `&` that would start an entity -> `&amp;` (so a typed `&lt;` stays the text "&lt;"),
 * - `<` -> `&lt;`, except in an autolink to https: or mailto: the user wrote (`<https://…>`),
 * - a bare address is broken where marked looks for it (`https&#58;//`, `www&#46;`, `a&#64;b.org`): it reads the
 *   same but is not a link, as in BriefDeck's own render (no linkify),
 * - `[x](javascript:…)` -> `[x]\\(javascript:…)` and `![x](…)` -> `!\\[x](…)` (a typed `]\\(` or `!\\[` keeps its
 *   backslash as `&#92;`, so import can tell the two apart).
 * Links written as links to https: or mailto: stay links. `restoreInline` undoes all of it.
 */
export function inertInline(text: string): string {
  const broken = text
    .replace(ENTITY_START, '&amp;')
    .replace(/(\]|!)\\([([])/g, '$1&#92;$2')
    .replace(/\]\((?!\s*<?(?:https:\/\/|mailto:|#slide:[A-Za-z0-9_-]{1,128}\s*\)))/gi, ']\\(')
    .replace(/!\[/g, '!\\[');
  let out = '';
  let at = 0;
  for (const m of broken.matchAll(KEPT_LINK)) {
    out += inertText(broken.slice(at, m.index)) + (m[1] !== undefined ? m[0].replace(/</g, '&lt;') : m[0]);
    at = m.index + m[0].length;
  }
  return out + inertText(broken.slice(at));
}

/** `<` and the places marked would start an automatic link, in text that is neither code nor a kept link. */
function inertText(text: string): string {
  return text
    .replace(/</g, '&lt;')
    .replace(/\b(https?|ftp):(?=\/\/)/gi, '$1&#58;')
    .replace(/\b(www)\./gi, '$1&#46;')
    .replace(/([\w.+-])@(?=[\w-]+\.[\w-])/g, '$1&#64;');
}

/** Undoes `inertInline`: the link escapes, then the entities of INLINE_ENTITIES in one pass. */
export function restoreInline(text: string): string {
  return text
    .replace(/!\\\[/g, '![')
    .replace(/\]\\\(/g, '](')
    .replace(/&(?:amp|lt|gt|quot|#39|#58|#46|#64|#92);/g, (m) => INLINE_ENTITIES[m]);
}

/** Escapes one line so it stays paragraph text: `# x` -> `\# x`, `1. x` -> `1\. x`, `Note:` -> `&#78;ote:`. */
export function escapeLine(line: string): string {
  let out = inertInline(line);
  const lead = /^\s*/.exec(out)?.[0] ?? '';
  out = out.slice(lead.length);
  if (BLOCK_MARKER.test(out)) out = '\\' + out;
  else if (ORDERED_MARKER.test(out)) out = out.replace(ORDERED_MARKER, '$1\\$2');
  else if (NOTES_START.test(out)) out = out.replace(NOTES_START, (_m, n: string, rest: string) => `&#${n.charCodeAt(0)};${rest}`);
  return lead + out;
}

/** Escapes every line of a multi-line text (paragraphs, bullets, notes). */
export function escapeBlockText(text: string): string {
  return text.split(/\r?\n/).map(escapeLine).join('\n');
}

/** Undoes `escapeLine` on each line of imported text; other markdown escapes are left as written. */
export function unescapeBlockText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const lead = /^\s*/.exec(line)?.[0] ?? '';
      let out = line.slice(lead.length);
      if (/^\\/.test(out) && BLOCK_MARKER.test(out.slice(1))) out = out.slice(1);
      else out = out.replace(/^(\d{1,9})\\([.)])(?=\s|$)/, '$1$2').replace(/^&#(78|110);(otes?:)/i, (_m, c: string, rest: string) => String.fromCharCode(Number(c)) + rest);
      return lead + restoreInline(out);
    })
    .join('\n');
}

/** A one-line field (heading, table cell, date): newlines become spaces, a trailing `#` run is escaped. */
export function escapeHeading(text: string): string {
  return escapeLine(text.replace(/\s*\r?\n\s*/g, ' ').trim()).replace(/(\s)(#+)$/, '$1\\$2');
}

/** Undoes `escapeHeading`. */
export function unescapeHeading(text: string): string {
  return unescapeBlockText(text).replace(/(\s)\\(#+)$/, '$1$2');
}

/** A GFM table cell: one line, with `|` escaped. markdown-it already unescapes `\|` in cells on import. */
export function escapeCell(text: string): string {
  return inertInline(text.replace(/\s*\r?\n\s*/g, ' ')).replace(/\|/g, '\\|').trim();
}
