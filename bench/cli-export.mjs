// CLI PDF export vs the floor (docs/performance.md), side by side on the same print HTML, at N = 12, 50, 200 slides.
// Each run times the whole process (wall clock): ours = `node bin/briefdeck.cjs export DECK --format pdf`, the floor =
// `node bench/floor-print.mjs PRINT.html` (playwright-core, reveal print view, one page.pdf, no outline, no metadata).
// Runs are paired and alternate in order; the table shows medians and the median of the per-pair ratios.
// Needs `npm run build`. Env: BENCH_N (default 12,50,200), BENCH_RUNS (default 5). Writes bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDeck } from './benchDeck.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = (process.env.BENCH_N ?? '12,50,200').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const work = mkdtempSync(join(tmpdir(), 'briefdeck-bench-'));

/**
 * Runs `node ARGS` under bench/proctime.py; returns wall seconds and adds the CPU seconds (user + system) of the
 * whole process tree, Chromium included, to `cpu`.
 */
function timed(args, cpu = []) {
  const r = spawnSync('python3', [join(ROOT, 'bench/proctime.py'), process.execPath, ...args], { cwd: ROOT, encoding: 'utf8' });
  const lines = r.stderr.trim().split('\n');
  const result = JSON.parse(lines.at(-1));
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  cpu.push(result.cpu);
  return result.wall;
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pages = (pdf) => Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1] ?? 0);

const rows = [];
for (const n of SIZES) {
  const deck = join(work, `deck-${n}.briefdeck`);
  writeFileSync(deck, JSON.stringify(benchDeck(n)));
  const html = join(work, `print-${n}.html`);
  timed([join(ROOT, 'bin/briefdeck.cjs'), 'export', deck, '--format', 'print-html', '--out', html]);
  const ours = [], floor = [], ratios = [], cpuOurs = [], cpuFloor = [];
  for (let r = 0; r < RUNS; r++) {
    const runOurs = () => timed([join(ROOT, 'bin/briefdeck.cjs'), 'export', deck, '--format', 'pdf', '--out', join(work, `ours-${n}.pdf`)], cpuOurs);
    const runFloor = () => timed([join(ROOT, 'bench/floor-print.mjs'), html, join(work, `floor-${n}.pdf`)], cpuFloor);
    const [o, f] = r % 2 === 0 ? [runOurs(), runFloor()] : (() => { const f1 = runFloor(); return [runOurs(), f1]; })();
    ours.push(o); floor.push(f); ratios.push(o / f);
  }
  const cpuRatio = median(cpuOurs.map((c, i) => c / cpuFloor[i]));
  const row = { n, floor: median(floor), ours: median(ours), ratio: median(ratios), cpuFloor: median(cpuFloor), cpuOurs: median(cpuOurs), cpuRatio, pagesOurs: pages(join(work, `ours-${n}.pdf`)), pagesFloor: pages(join(work, `floor-${n}.pdf`)) };
  rows.push(row);
  console.log(`N=${n}: floor ${row.floor.toFixed(2)} s, ours ${row.ours.toFixed(2)} s, ratio ${row.ratio.toFixed(2)}; CPU ${row.cpuFloor.toFixed(2)} vs ${row.cpuOurs.toFixed(2)} s, ratio ${row.cpuRatio.toFixed(2)} (pages ${row.pagesOurs}/${row.pagesFloor})`);
}

const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const table = [
  '| N slides | floor wall (s) | briefdeck wall (s) | wall ÷ floor | floor CPU (s) | briefdeck CPU (s) | CPU ÷ floor | pages ours / floor |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.n} | ${r.floor.toFixed(2)} | ${r.ours.toFixed(2)} | ${r.ratio.toFixed(2)} | ${r.cpuFloor.toFixed(2)} | ${r.cpuOurs.toFixed(2)} | ${r.cpuRatio.toFixed(2)} | ${r.pagesOurs} / ${r.pagesFloor} |`),
].join('\n');
const md = `# Benchmarks\n\n## CLI export to PDF vs the floor (bench/cli-export.mjs)\n\n` +
  `Whole-process wall time, median of ${RUNS} paired runs, ${new Date().toISOString()}, load average ${load} on ${(await import('node:os')).cpus().length} cores.\n` +
  `Floor: Node + playwright-core, reveal.js print view, one \`page.pdf\` (bench/floor-print.mjs) on the print HTML our CLI prints from.\n` +
  `Ours: \`briefdeck export DECK --format pdf\` (parse + render + Chromium + one page.pdf + outline and document info by incremental update + atomic write). Target ≤ 1.15.\n` +
  `Ratios are medians of per-pair ratios. CPU = user + system seconds of the whole process tree (Node and Chromium), less sensitive than wall time when other jobs share the cores.\n\n${table}\n`;
writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), md);
console.log(`\n${table}\nwritten to bench/RESULTS.md`);
