/**
 * The small part of YAML that Markdown slide tools write in front matter (Slidev headmatter and per-slide blocks,
 * Marp global directives): top-level `key: value` lines, quoted values, `|` and `>` block scalars, and keys whose
 * value is a nested map or list (kept as their indented text, since no BriefDeck setting takes one). Anything
 * else is not interpreted; nothing is evaluated.
 */

/** Top-level keys in file order, each with its scalar value (or the raw indented text of a nested value). */
export type FrontMatter = Record<string, string>;

const KEY_LINE = /^([A-Za-z_$][\w$-]*)[ \t]*:(?:[ \t]+(.*?)|)[ \t]*$/;

/** True when every non-blank line of `block` is a top-level `key:` line, a `# comment` or indented under a key. */
export function looksLikeFrontMatter(block: string): boolean {
  const lines = block.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0 || !KEY_LINE.test(lines[0])) return false;
  return lines.every((l) => KEY_LINE.test(l) || /^\s/.test(l) || /^#(\s|$)/.test(l) || /^-\s/.test(l));
}

/**
 * Reads `key: value` lines into a record. Quotes around a scalar are removed; an unquoted value loses a trailing
 * ` # comment`; `|` keeps the indented lines with their line breaks, `>` folds them into one line.
 */
export function parseFrontMatter(block: string): FrontMatter {
  const out: FrontMatter = {};
  const lines = block.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = KEY_LINE.exec(lines[i]);
    if (!m) continue;
    const value = m[2] ?? '';
    const nested: string[] = [];
    while (i + 1 < lines.length && (/^\s/.test(lines[i + 1]) || lines[i + 1].trim() === '' || (/^-\s/.test(lines[i + 1]) && value === ''))) nested.push(lines[++i]);
    while (nested.length && nested[nested.length - 1].trim() === '') nested.pop();
    const indent = nested.filter((l) => l.trim()).reduce((least, l) => Math.min(least, /^\s*/.exec(l)?.[0].length ?? 0), Infinity);
    const body = nested.map((l) => l.slice(Math.min(indent, l.length)));
    if (/^[|>][-+]?$/.test(value)) out[m[1]] = value.startsWith('|') ? body.join('\n') : body.map((l) => l.trim()).join(' ').trim();
    else if (value === '' && body.length) out[m[1]] = body.join('\n');
    else out[m[1]] = scalar(value);
  }
  return out;
}

function scalar(value: string): string {
  const quoted = /^"((?:[^"\\]|\\.)*)"|^'((?:[^']|'')*)'/.exec(value);
  if (quoted) return quoted[1] !== undefined ? quoted[1].replace(/\\(.)/g, (_m, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c) : quoted[2].replace(/''/g, "'");
  return value.replace(/\s+#.*$/, '');
}
