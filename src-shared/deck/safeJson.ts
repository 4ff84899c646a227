import { type DeckError, type DeckErrorCode, type JsonPathSegment, formatJsonPath, lineColumnAt } from './deckError';
import { readJsonString } from './jsonString';

/**
 * A strict JSON parser (RFC 8259) for untrusted deck files. Unlike JSON.parse it:
 * - stops at `maxDepth` nested objects/arrays, so recursion stays shallow whatever the file holds;
 * - refuses `__proto__`, `constructor` and `prototype` keys (never merged into an object);
 * - refuses duplicate keys in one object;
 * - refuses numbers that are not finite (`1e400`) and names `NaN` / `Infinity` as such;
 * - refuses strings with lone UTF-16 surrogates;
 * - reports every problem with its line, column and JSON path (a path the file holds: never an array item that is
 *   missing).
 */
export interface StrictJsonOptions {
  /** Deepest nesting of objects/arrays allowed; the root object is depth 1. */
  maxDepth: number;
}

export type StrictJsonResult = { ok: true; value: unknown } | { ok: false; error: DeckError };

/** Keys that could reach Object.prototype if merged by a careless consumer. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

class JsonFailure {
  constructor(readonly error: DeckError) {}
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERALS = ['true', 'false', 'null'];

/** Parses `text` as strict JSON; never throws. */
export function parseJsonStrict(text: string, options: StrictJsonOptions): StrictJsonResult {
  const p = new Parser(text, options.maxDepth);
  try {
    return { ok: true, value: p.parseDocument() };
  } catch (e) {
    if (e instanceof JsonFailure) return { ok: false, error: e.error };
    throw e;
  }
}

class Parser {
  private i = 0;
  private readonly path: JsonPathSegment[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  parseDocument(): unknown {
    this.skipWs();
    if (this.i >= this.text.length) {
      this.fail('json', this.text.length === 0 ? 'the file is empty' : 'the file holds only white space', false);
    }
    const value = this.parseValue(0);
    this.skipWs();
    if (this.i < this.text.length) this.fail('json', `unexpected ${this.describeChar()} after the end of the JSON data`, false);
    return value;
  }

  private fail(code: DeckErrorCode, problem: string, withPath = true, at = this.i): never {
    const { line, column } = lineColumnAt(this.text, at);
    const where = this.path.length > 0 && withPath ? ` (in ${formatJsonPath(this.path)})` : '';
    const message =
      code === 'json'
        ? `Malformed JSON at line ${line}, column ${column}: ${problem}${where}.`
        : `${formatJsonPath(this.path)}: ${problem} (line ${line}, column ${column}).`;
    throw new JsonFailure({ code, message, path: [...this.path], line, column });
  }

  private describeChar(): string {
    if (this.i >= this.text.length) return 'end of file (the file may be truncated)';
    const c = this.text[this.i];
    return c.charCodeAt(0) < 0x20 ? `control character U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}` : `'${c}'`;
  }

  private skipWs(): void {
    const t = this.text;
    let i = this.i;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    this.i = i;
  }

  private parseValue(depth: number): unknown {
    this.skipWs();
    const code = this.text.charCodeAt(this.i);
    if (code === 0x22) return this.parseString(); // "
    if (code === 0x7b) return this.parseObject(depth + 1); // {
    if (code === 0x5b) return this.parseArray(depth + 1); // [
    if (code === 0x74 || code === 0x66 || code === 0x6e) return this.parseLiteral(); // t f n
    if (code === 0x2d || (code >= 0x30 && code <= 0x39)) return this.parseNumber(); // - 0-9
    const c = this.text[this.i];
    if (this.text.startsWith('NaN', this.i) || this.text.startsWith('Infinity', this.i)) {
      this.fail('number', `${this.text.startsWith('NaN', this.i) ? 'NaN' : 'Infinity'} is not a number JSON allows; numbers must be finite`);
    }
    // No value starts here: an array item that was about to be read is not in the file, so the error names the
    // array (`slides`), not an item it does not have (`slides[0]` of a file cut off after `"slides": [`).
    if (typeof this.path[this.path.length - 1] === 'number') this.path.pop();
    this.fail('json', c === undefined ? 'unexpected end of file (the file may be truncated)' : `unexpected ${this.describeChar()} where a value was expected`);
  }

  private enter(depth: number): void {
    if (depth > this.maxDepth) {
      this.fail('depth', `nesting is deeper than the ${this.maxDepth} levels a deck can have`);
    }
    this.i++;
  }

  private parseObject(depth: number): Record<string, unknown> {
    this.enter(depth);
    const obj: Record<string, unknown> = {};
    this.skipWs();
    if (this.text[this.i] === '}') {
      this.i++;
      return obj;
    }
    for (;;) {
      this.skipWs();
      if (this.text[this.i] !== '"') this.fail('json', `expected a property name in double quotes, found ${this.describeChar()}`);
      const keyAt = this.i;
      const key = this.parseString();
      this.path.push(key);
      if (UNSAFE_KEYS.has(key)) this.fail('unsafe-key', `the key "${key}" is not allowed in a deck file`, true, keyAt);
      if (Object.prototype.hasOwnProperty.call(obj, key)) {
        this.fail('duplicate-key', `the key "${key}" appears twice in the same object`, true, keyAt);
      }
      this.path.pop();
      this.skipWs();
      if (this.text[this.i] !== ':') this.fail('json', `expected ':' after the property name "${key}", found ${this.describeChar()}`);
      this.i++;
      this.path.push(key);
      obj[key] = this.parseValue(depth);
      this.path.pop();
      this.skipWs();
      const c = this.text[this.i];
      if (c === ',') this.i++;
      else if (c === '}') {
        this.i++;
        return obj;
      } else this.fail('json', `expected ',' or '}' after a property value, found ${this.describeChar()}`);
    }
  }

  private parseArray(depth: number): unknown[] {
    this.enter(depth);
    const arr: unknown[] = [];
    this.skipWs();
    if (this.text[this.i] === ']') {
      this.i++;
      return arr;
    }
    for (;;) {
      this.path.push(arr.length);
      arr.push(this.parseValue(depth));
      this.path.pop();
      this.skipWs();
      const c = this.text[this.i];
      if (c === ',') this.i++;
      else if (c === ']') {
        this.i++;
        return arr;
      } else this.fail('json', `expected ',' or ']' after an array item, found ${this.describeChar()}`);
    }
  }

  private parseString(): string {
    const start = this.i;
    const r = readJsonString(this.text, start);
    if (!r.ok) {
      this.i = r.at;
      this.fail(r.code, r.code === 'json' && r.problem === '' ? `${this.describeChar()} inside a string must be escaped` : r.problem, true, r.code === 'surrogate' ? start : r.at);
    }
    this.i = r.end;
    return r.value;
  }

  private parseNumber(): number {
    const start = this.i;
    if (this.text.startsWith('-Infinity', start)) this.fail('number', '-Infinity is not a number JSON allows; numbers must be finite');
    NUMBER.lastIndex = start;
    const m = NUMBER.exec(this.text);
    if (!m) this.fail('json', `invalid number starting with ${this.describeChar()}`);
    this.i = NUMBER.lastIndex;
    const value = Number(m[0]);
    if (!Number.isFinite(value)) {
      const shown = m[0].length > 40 ? `${m[0].slice(0, 37)}...` : m[0];
      this.fail('number', `the number ${shown} is too large to be finite; numbers must be finite`, true, start);
    }
    return value;
  }

  private parseLiteral(): boolean | null {
    const t = this.text;
    if (t.startsWith('true', this.i)) return (this.i += 4), true;
    if (t.startsWith('false', this.i)) return (this.i += 5), false;
    if (t.startsWith('null', this.i)) return (this.i += 4), null;
    const rest = t.slice(this.i, this.i + 5);
    for (const word of LITERALS) {
      if (this.i + rest.length === t.length && word.startsWith(rest)) {
        this.i = this.text.length;
        this.fail('json', 'unexpected end of file (the file may be truncated)');
      }
    }
    this.fail('json', `unexpected ${this.describeChar()} where a value was expected`);
  }
}
