/**
 * Why a deck file could not be opened. Codes map one to one to the rows of the bad-input table in
 * docs/security.md ("Bad deck files"):
 * - `json`: malformed JSON, a 0-byte file, a truncated file (with `line` and `column`);
 * - `encoding`: bytes that are not UTF-8 (with the byte offset in `offset`);
 * - `depth`: nesting deeper than the deck schema allows (MAX_DECK_DEPTH);
 * - `unsafe-key`: a `__proto__`, `constructor` or `prototype` key anywhere;
 * - `duplicate-key`: the same key twice in one object (which value wins is ambiguous, so it is refused);
 * - `number`: a number that is not finite (`1e400`, `NaN`, `Infinity`);
 * - `surrogate`: a string with a lone UTF-16 surrogate (it cannot be written back as valid UTF-8);
 * - `schema`: wrong types, missing fields, bad values (with the JSON `path`);
 * - `version`: a schemaVersion this build cannot read at all;
 * - `too-large`: the input is over the size cap (checked before any parsing).
 */
export type DeckErrorCode =
  | 'json'
  | 'encoding'
  | 'depth'
  | 'unsafe-key'
  | 'duplicate-key'
  | 'number'
  | 'surrogate'
  | 'schema'
  | 'version'
  | 'too-large';

/** One segment of a JSON path: an object key or an array index. */
export type JsonPathSegment = string | number;

/** One schema problem, for UIs that list them all. */
export interface DeckIssue {
  path: JsonPathSegment[];
  message: string;
}

/**
 * A user-facing error. `message` is a full sentence that names the JSON path (e.g. `slides[3].title`) or the
 * line and column (1-based; column counts UTF-16 code units) of the problem.
 */
export interface DeckError {
  code: DeckErrorCode;
  message: string;
  path?: JsonPathSegment[];
  line?: number;
  column?: number;
  /** Byte offset (0-based) for `encoding` errors. */
  offset?: number;
  /** All schema problems found (at most 20), for `schema` and `version` errors. */
  issues?: DeckIssue[];
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats a JSON path the way a user reads it: `slides[3].title`, `sources[0]["odd key"]`; the root is `(deck)`.
 */
export function formatJsonPath(path: readonly JsonPathSegment[]): string {
  if (path.length === 0) return '(deck)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENTIFIER.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** 1-based line and column of a UTF-16 offset in `text` (lines end at \n; a \r\n pair counts once). */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
