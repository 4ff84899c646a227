/**
 * Splitting a Markdown file into slide chunks. Slidev and Marp parse the file as Markdown first, so a `---` inside a
 * fenced code block is code, not a separator; reveal.js's markdown plugin splits the raw text with its separator
 * regular expressions before any Markdown is read, so a reveal.js file is split the same way here.
 */

/** What a line is to the splitter: a separator to drop, the first line of a new slide, or ordinary text. */
export type LineRole = 'separator' | 'starts-slide' | 'text';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Splits `source` ("\n" line ends) on the lines `role` marks, never inside a fenced code block. */
export function splitOutsideFences(source: string, role: (line: string) => LineRole): string[] {
  const chunks: string[][] = [[]];
  let fence: string | null = null;
  for (const line of source.split('\n')) {
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1].trim()) fence = null;
      chunks[chunks.length - 1].push(line);
      continue;
    }
    if (f) fence = f[1];
    const r = f ? 'text' : role(line);
    if (r === 'separator') chunks.push([]);
    else if (r === 'starts-slide' && chunks[chunks.length - 1].some((l) => l.trim() !== '')) chunks.push([line]);
    else chunks[chunks.length - 1].push(line);
  }
  return chunks.map((c) => c.join('\n'));
}

/**
 * Splits like reveal.js's markdown plugin (`data-separator`, `data-separator-vertical`): each option is the source
 * of a regular expression, compiled with the `m` flag and matched against the whole text; vertical slides become
 * ordinary following slides.
 * @throws Error naming the option when a separator is not a valid regular expression or matches the empty string.
 */
export function splitOnRegExps(source: string, separators: { name: string; source: string }[]): string[] {
  const res = separators.map(({ name, source: s }) => {
    let re: RegExp;
    try {
      re = new RegExp(s, 'gm');
    } catch (error) {
      throw new Error(`the ${name} "${s}" is not a valid regular expression (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
    if (re.test('')) throw new Error(`the ${name} "${s}" matches empty text`);
    return re;
  });
  const cuts: [number, number][] = [];
  for (const re of res) for (const m of source.matchAll(re)) cuts.push([m.index, m.index + m[0].length]);
  cuts.sort((a, b) => a[0] - b[0]);
  const out: string[] = [];
  let at = 0;
  for (const [start, end] of cuts) {
    if (start < at) continue;
    out.push(source.slice(at, start));
    at = end;
  }
  out.push(source.slice(at));
  return out;
}

/** The HTML comments of a text, in order, with their inner text trimmed and their position. */
export function htmlComments(text: string): { inner: string; start: number; end: number }[] {
  return [...text.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => ({ inner: m[1].trim(), start: m.index, end: m.index + m[0].length }));
}

/** The first raw HTML tag of a slide outside code, e.g. `<div>`, or undefined; every such tag stays literal text. */
export function firstHtmlTag(body: string): string | undefined {
  const withoutCode = body.replace(/^ {0,3}(`{3,}|~{3,})[\s\S]*?^ {0,3}\1[ \t]*$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
  return /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>/.exec(withoutCode)?.[0].slice(0, 40);
}
