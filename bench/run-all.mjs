// `npm run bench`: runs the benchmarks one after the other; each writes its own section of bench/RESULTS.md
// (bench/resultsSection.mjs), so a benchmark is added by adding its script to BENCHMARKS. Needs `npm run build`.
// Env: BENCH_ONLY=a,b runs only the scripts whose name contains one of the words.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The benchmark scripts, in the order they run (kept short: the machine is shared). */
export const BENCHMARKS = ['cli-export.mjs', 'cli-batch.mjs', 'tagged-print.mjs', 'editor.mjs', 'deck-diff.mjs', 'map-export.mjs'];

const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
let failed = 0;
for (const script of BENCHMARKS.filter((s) => only.length === 0 || only.some((w) => s.includes(w)))) {
  console.log(`\n== bench/${script}`);
  const r = spawnSync(process.execPath, [join(HERE, script)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`bench/${script} failed (exit ${r.status ?? r.signal})`);
  }
}
process.exit(failed === 0 ? 0 : 1);
