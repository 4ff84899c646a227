/** A phrase found in a text: the phrase as listed, and where it starts (UTF-16 index into the text). */
export interface TermHit {
  term: string;
  index: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One compiled pattern per word list: the lists are module constants, and the editor checks a deck on every pause in
// typing, so building the pattern once per list keeps a 300-slide check cheap.
const PATTERNS = new WeakMap<readonly string[], RegExp | null>();

function patternFor(terms: readonly string[]): RegExp | null {
  let pattern = PATTERNS.get(terms);
  if (pattern === undefined) {
    const sorted = [...new Set(terms.map((t) => t.toLowerCase()))].sort((a, b) => b.length - a.length);
    pattern = sorted.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}'’-])(${sorted.map((t) => escapeRegExp(t).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu');
    PATTERNS.set(terms, pattern);
  }
  return pattern;
}

/**
 * Finds whole-word occurrences of any listed phrase in `text`, case-insensitively, longest phrase first, so that
 * "very unlikely" is one hit and not also "unlikely" and "likely". A hit never overlaps another. Inline Markdown
 * markers (`*`, `_`) and line breaks count as spaces. Returns hits in text order.
 */
export function findTerms(text: string, terms: readonly string[]): TermHit[] {
  const pattern = patternFor(terms);
  if (!pattern) return [];
  const flat = text.replace(/[*_\n\r\t]/g, ' ');
  const hits: TermHit[] = [];
  for (const m of flat.matchAll(pattern)) hits.push({ term: m[1].toLowerCase().replace(/\s+/g, ' '), index: m.index ?? 0 });
  return hits;
}

/**
 * Splits text into sentences at ".", "!", "?" or ";" followed by a space or the end (a plain rule: abbreviations
 * such as "U.S." stay whole because no space follows their inner dots). Returns [start, end) ranges.
 */
export function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?;](?=\s|$)/g)) {
    const end = (m.index ?? 0) + 1;
    if (text.slice(start, end).trim() !== '') ranges.push([start, end]);
    start = end;
  }
  if (text.slice(start).trim() !== '') ranges.push([start, text.length]);
  return ranges;
}

/** The text with every quoted passage ("…", “…”, «…», and '…' between spaces) blanked out, same length. */
export function withoutQuotations(text: string): string {
  return text.replace(/"[^"]*"|“[^”]*”|«[^»]*»|„[^“”]*[“”]/g, (q) => ' '.repeat(q.length));
}
