// Several decks in one command vs one command each (docs/performance.md, "Batch"): the seven built-in templates as
// PDF, `briefdeck export --template A --template B … --format pdf --out-dir DIR` against seven
// `briefdeck export --template X --format pdf --out FILE` run one after the other. Pairs interleave (one command
// first, then seven first). CPU of the whole process tree (bench/proctime.py) and wall. Target ≤ 0.5.
// Needs `npm run build`. Env: BENCH_BATCH_RUNS (default 2). Writes its section of bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineLine, median, writeResultsSection } from './resultsSection.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 2);
const CLI = join(ROOT, 'bin/briefdeck.cjs');
const work = mkdtempSync(join(tmpdir(), 'briefdeck-batch-'));

function timed(args) {
  const r = spawnSync('python3', [join(ROOT, 'bench/proctime.py'), process.execPath, ...args], { cwd: ROOT, encoding: 'utf8' });
  const result = JSON.parse(r.stderr.trim().split('\n').at(-1));
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return result;
}

const list = spawnSync(process.execPath, [CLI, 'templates'], { encoding: 'utf8' }).stdout;
const templates = list.split('\n').map((l) => l.split(/\s+/)[0]).filter(Boolean);
const one = [], seven = [];
for (let r = 0; r < RUNS; r++) {
  const runOne = () => {
    const dir = join(work, `one-${r}`);
    mkdirSync(dir);
    one.push(timed([CLI, 'export', ...templates.flatMap((t) => ['--template', t]), '--format', 'pdf', '--out-dir', dir]));
    if (readdirSync(dir).length !== templates.length) throw new Error(`the batch wrote ${readdirSync(dir).length} files`);
  };
  const runSeven = () => {
    const each = templates.map((t) => timed([CLI, 'export', '--template', t, '--format', 'pdf', '--out', join(work, `${t}-${r}.pdf`)]));
    seven.push({ cpu: each.reduce((a, x) => a + x.cpu, 0), wall: each.reduce((a, x) => a + x.wall, 0) });
  };
  if (r % 2 === 0) { runOne(); runSeven(); } else { runSeven(); runOne(); }
}
rmSync(work, { recursive: true, force: true });
const f2 = (x) => x.toFixed(2);
const cpuRatio = median(one.map((x, i) => x.cpu / seven[i].cpu));
const wallRatio = median(one.map((x, i) => x.wall / seven[i].wall));
const md = `## Several decks in one command (bench/cli-batch.mjs)\n\n` +
  `${new Date().toISOString()}, ${machineLine()}. The ${templates.length} built-in templates as PDF, ${RUNS} interleaved pairs.\n\n` +
  `| run | CPU (s) | wall (s) |\n| --- | --- | --- |\n` +
  `| one command, \`--out-dir\` | ${f2(median(one.map((x) => x.cpu)))} | ${f2(median(one.map((x) => x.wall)))} |\n` +
  `| ${templates.length} separate commands | ${f2(median(seven.map((x) => x.cpu)))} | ${f2(median(seven.map((x) => x.wall)))} |\n` +
  `| one ÷ separate | **${f2(cpuRatio)}** | **${f2(wallRatio)}** |\n\nTarget ≤ 0.5.\n`;
writeResultsSection('cli-batch', md);
console.log(`\n${md}\nwritten to bench/RESULTS.md`);
