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
  // An unclosed `<!--` runs to the end of the text (as in HTML), so no later `<!--` is scanned again.
  return [...text.matchAll(/<!--([\s\S]*?)(-->|$)/g)].filter((m) => m[2] === '-->').map((m) => ({ inner: m[1].trim(), start: m.index, end: m.index + m[0].length }));
}

/** The first raw HTML tag of a slide outside code, e.g. `<div>`, or undefined; every such tag stays literal text. */
export function firstHtmlTag(body: string): string | undefined {
  let fence: string | null = null;
  const prose = body.split('\n').filter((line) => {
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1].trim()) fence = null;
      return false;
    }
    if (f) fence = f[1];
    return !f;
  });
  return /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>/.exec(withoutCodeSpans(prose.join('\n')))?.[0].slice(0, 40);
}

/**
 * Text without its code spans (a run of backticks up to the next run of the same length, CommonMark), found in one
 * pass over the backtick runs so a file of unmatched backticks costs linear time.
 */
function withoutCodeSpans(text: string): string {
  const runs = [...text.matchAll(/`+/g)].map((m) => ({ at: m.index, len: m[0].length }));
  const last = new Map<number, number>();
  const next = new Map<number, number>();
  runs.forEach((r, i) => {
    const before = last.get(r.len);
    if (before !== undefined) next.set(before, i);
    last.set(r.len, i);
  });
  let out = '';
  let at = 0;
  for (let i = 0; i < runs.length; i++) {
    const close = next.get(i);
    if (runs[i].at < at || close === undefined) continue;
    out += text.slice(at, runs[i].at);
    at = runs[close].at + runs[close].len;
  }
  return out + text.slice(at);
}
