/** One line of pasted text as a bullet: its text without a list sign, and its indent relative to the first line. */
export interface PastedLine {
  text: string;
  /** 0 for the first line's depth; each deeper step +1 (never more than one step deeper than the line before). */
  level: number;
}

/**
 * List signs that text copied from a web page, Word or a PDF puts before a list item: •, ◦, ▪, ‣, ·, o (Word's
 * second level), –, -, *, and numbers or letters as "1." "1)" "a." "(a)". Stripped with the space or tab after them.
 */
const LIST_SIGN = /^(?:[•◦▪▫‣·●○■□–—*-]|o(?=\t)|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)])[\t ]+/;

/** A C0 control character or DEL (a tab is kept: it is an indent). */
function isControl(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/** Indent width of leading white space: a tab counts as one step, two spaces as one step. */
function indentOf(lead: string): number {
  let spaces = 0;
  let steps = 0;
  for (const ch of lead) {
    if (ch === '\t') steps += 1;
    else spaces += 1;
  }
  return steps + Math.floor(spaces / 2);
}

/**
 * Splits plain text pasted into a bullet (text/plain only: pasted HTML is never read) into bullet lines: one per
 * non-empty line (CRLF, LF or CR), list signs dropped, control characters removed, white space inside a line
 * collapsed to single spaces. Indents become levels relative to the shallowest line, each at most one step deeper
 * than the line before (the bullet list's indent rule) and at most `maxLevel`. Pure.
 */
export function pastedLines(text: string, maxLevel = 4): PastedLine[] {
  const raw = text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => [...line].filter((ch) => ch === '\t' || !isControl(ch)).join(''))
    .map((line) => {
      const lead = /^[\t \u00A0]*/.exec(line)?.[0] ?? '';
      const body = line.slice(lead.length).replace(LIST_SIGN, '').replace(/[\s\u00A0]+/g, ' ').trim();
      return { text: body, depth: indentOf(lead.replace(/\u00A0/g, ' ')) };
    })
    .filter((l) => l.text !== '');
  if (raw.length === 0) return [];
  const base = Math.min(...raw.map((l) => l.depth));
  const out: PastedLine[] = [];
  for (const l of raw) {
    const before = out.at(-1)?.level ?? -1;
    out.push({ text: l.text, level: Math.max(0, Math.min(maxLevel, before + 1, l.depth - base)) });
  }
  return out;
}
