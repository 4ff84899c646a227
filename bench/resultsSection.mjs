// One section of bench/RESULTS.md per benchmark: each script replaces only its own section, between
// <!-- bench:ID --> and <!-- /bench:ID -->, and leaves every other section (other benchmarks') as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');

/** Writes `markdown` as section `id` of bench/RESULTS.md (replacing that section, or appended when new). */
export function writeResultsSection(id, markdown) {
  const start = `<!-- bench:${id} -->`;
  const end = `<!-- /bench:${id} -->`;
  const text = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmarks\n';
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  const next = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(RESULTS, next);
}

/** "load average 1.2 3.4 5.6 on 2 cores (Intel …)": the machine line every section states. */
export function machineLine() {
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const cores = cpus();
  return `load average ${load} on ${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}`;
}

/** The current 1-minute load average (to report beside each measured size). */
export function loadNow() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
