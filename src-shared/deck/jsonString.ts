/**
 * Reading one JSON string literal (RFC 8259 section 7) for the strict deck parser (safeJson.ts), with the checks
 * the deck files need: raw control characters must be escaped, only the JSON escapes are accepted, and a string
 * whose UTF-16 holds a lone surrogate (from `\ud83d` alone, or from text given as a JS string) is refused, since
 * it cannot be written back as UTF-8.
 */
export type JsonStringResult =
  | { ok: true; value: string; end: number }
  /** `problem` is '' for an unescaped control character (the caller names the character at `at`). */
  | { ok: false; code: 'json' | 'surrogate'; problem: string; at: number };

// JSON strings may not hold raw control characters, so the fast run stops at them.
// eslint-disable-next-line no-control-regex
const STRING_RUN = /[^"\\\u0000-\u001f]*/y;
// eslint-disable-next-line no-control-regex
const NEEDS_SLOW_PATH = /[\\\u0000-\u001f]/;
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const LONE_SURROGATE_PROBLEM = 'the text holds a lone UTF-16 surrogate (half of an emoji or other character), which cannot be saved as UTF-8';

/** True when `s` holds a UTF-16 surrogate that is not part of a pair. */
export function hasLoneSurrogate(s: string): boolean {
  return SURROGATE.test(s) && LONE_SURROGATE.test(s);
}

/** Reads the string literal whose opening quote is at `start`; `end` is the index just past the closing quote. */
export function readJsonString(t: string, start: number): JsonStringResult {
  let i = start + 1;
  // Fast path: most strings hold no escape or control character and end at the next quote.
  const close = t.indexOf('"', i);
  if (close >= 0) {
    const raw = t.slice(i, close);
    if (!NEEDS_SLOW_PATH.test(raw)) {
      return hasLoneSurrogate(raw) ? { ok: false, code: 'surrogate', problem: LONE_SURROGATE_PROBLEM, at: start } : { ok: true, value: raw, end: close + 1 };
    }
  }
  let out = '';
  for (;;) {
    STRING_RUN.lastIndex = i;
    STRING_RUN.exec(t);
    out += t.slice(i, STRING_RUN.lastIndex);
    i = STRING_RUN.lastIndex;
    const c = t[i];
    if (c === '"') break;
    if (c === undefined) return { ok: false, code: 'json', problem: 'unexpected end of file inside a string (the file may be truncated)', at: i };
    if (c !== '\\') return { ok: false, code: 'json', problem: '', at: i };
    const e = t[i + 1];
    if (e === 'u') {
      const hex = t.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return { ok: false, code: 'json', problem: 'a \\u escape needs four hexadecimal digits', at: i };
      out += String.fromCharCode(parseInt(hex, 16));
      i += 6;
    } else if (e !== undefined && e in ESCAPES) {
      out += ESCAPES[e];
      i += 2;
    } else {
      return { ok: false, code: 'json', problem: e === undefined ? 'unexpected end of file inside a string' : `'\\${e}' is not a JSON escape`, at: i };
    }
  }
  if (hasLoneSurrogate(out)) return { ok: false, code: 'surrogate', problem: LONE_SURROGATE_PROBLEM, at: start };
  return { ok: true, value: out, end: i + 1 };
}
