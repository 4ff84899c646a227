import type { Finding } from './finding';

/**
 * The stable JSON shape of a check report (`briefdeck check --json`), version 1. Fields are only ever added.
 * `ok` is false when the check fails: any open finding with `strict`, or any open error without it.
 */
export interface CheckReport {
  reportVersion: 1;
  file: string;
  strict: boolean;
  yardstick: string;
  markingScheme: string;
  ok: boolean;
  counts: { errors: number; warnings: number; acknowledged: number };
  findings: Finding[];
}

/** Builds the report of one checked file (see CheckReport). */
export function checkReport(file: string, findings: readonly Finding[], settings: { strict: boolean; yardstick: string; markingScheme: string }): CheckReport {
  const open = findings.filter((f) => !f.acknowledged);
  const errors = open.filter((f) => f.severity === 'error').length;
  const warnings = open.length - errors;
  const ok = settings.strict ? open.length === 0 : errors === 0;
  return { reportVersion: 1, file, ...settings, ok, counts: { errors, warnings, acknowledged: findings.length - open.length }, findings: [...findings] };
}

/**
 * One line per finding, for a terminal: `warning vague-hedge: Slide 3, key judgment 2: <message> [<source>]` (the
 * message names the place), with "acknowledged (<reason>)" in place of the severity for an acknowledged finding.
 */
export function findingLine(f: Finding): string {
  const status = f.acknowledged ? `acknowledged (${f.acknowledged.reason.replace(/\s+/g, ' ')})` : f.severity;
  return `${status} ${f.rule}: ${f.message} [${f.source}]`;
}

/** The closing line of a report: "3 findings: 1 error, 2 warnings, 0 acknowledged" or "no findings". */
export function summaryLine(report: CheckReport): string {
  const { errors, warnings, acknowledged } = report.counts;
  const n = errors + warnings + acknowledged;
  if (n === 0) return `${report.file}: no findings`;
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `${report.file}: ${plural(n, 'finding')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${acknowledged} acknowledged`;
}
