import type { z } from 'zod';
import { type DeckIssue, type JsonPathSegment, formatJsonPath } from './deckError';

/** The value at `path` inside parsed JSON, or undefined when the path does not exist. */
export function valueAtPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v)}`;
  if (typeof v === 'number') return `the number ${v}`;
  return String(v);
}

const EXPECTED: Record<string, string> = {
  string: 'text (a string)',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

/**
 * Turns one zod issue into a user-facing sentence that names the JSON path, e.g.
 * `slides[3].title: expected text (a string), got the number 7`. `raw` is the JSON the issue refers to.
 */
export function describeIssue(issue: z.core.$ZodIssue, raw: unknown): DeckIssue {
  const path = issue.path.filter((s): s is JsonPathSegment => typeof s === 'string' || typeof s === 'number');
  const where = formatJsonPath(path);
  const actual = valueAtPath(raw, path);
  let problem: string;
  if (issue.code === 'invalid_type') {
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    problem = actual === undefined ? `is missing (expected ${expected})` : `expected ${expected}, got ${describeValue(actual)}`;
  } else if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    const opts = issue.options.map((o) => String(o)).join(', ');
    problem = actual === undefined ? `is missing (expected one of: ${opts})` : `${describeValue(actual)} is not one of: ${opts}`;
  } else if (issue.code === 'invalid_value') {
    problem = `${actual === undefined ? 'is missing' : `${describeValue(actual)} is not allowed`}; expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
  } else {
    problem = issue.message;
  }
  return { path, message: `${where}: ${problem}` };
}

/** Describes up to `max` issues; the first becomes the error's message, with a count of the rest. */
export function summarizeIssues(issues: readonly z.core.$ZodIssue[], raw: unknown, max = 20): { message: string; issues: DeckIssue[] } {
  const described = issues.slice(0, max).map((i) => describeIssue(i, raw));
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return { message: `${described[0]?.message ?? 'the deck does not match the schema'}${more}.`, issues: described };
}
