// CLI PDF export vs the floor (docs/performance.md), side by side on the same print document.
// Each run is a whole process under bench/proctime.py (CPU of the tree, Node and Chromium, and wall time):
// ours = `node bin/briefdeck.cjs export DECK --format pdf`, the floor = `node bench/floor-print.mjs PRINT.html`
// (playwright-core, the document our CLI prints, written by `--format print-html`, one page.pdf, nothing else).
// Runs are paired and alternate in order; the table shows medians and the median of the per-pair ratios.
// Peak PSS of the tree is sampled at N = 200. Large decks (N = 100 and 1000) take fewer pairs; their CPU ratio
// t(1000) ÷ t(100) is compared with the floor's in the same run.
// Needs `npm run build`. Env: BENCH_N (default 12,50,200), BENCH_RUNS (default 3), BENCH_LARGE_N (default 100,1000;
// empty to skip), BENCH_LARGE_RUNS (default 1). Writes its section of bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDeck } from './benchDeck.mjs';
import { loadNow, machineLine, median, writeResultsSection } from './resultsSection.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const list = (v, d) => (v ?? d).split(',').filter(Boolean).map(Number);
const SIZES = list(process.env.BENCH_N, '12,50,200');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LARGE = list(process.env.BENCH_LARGE_N, '100,1000');
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 1);
const work = mkdtempSync(join(tmpdir(), 'briefdeck-bench-'));

/** Runs `node ARGS` under bench/proctime.py: { wall, cpu (s, user + system of the tree), pss (MB peak, or null) }. */
export function timed(args, { pss = false } = {}) {
  const env = { ...process.env, ...(pss ? { PROCTIME_PSS: '1' } : {}) };
  const r = spawnSync('python3', [join(ROOT, 'bench/proctime.py'), process.execPath, ...args], { cwd: ROOT, encoding: 'utf8', env });
  const result = JSON.parse(r.stderr.trim().split('\n').at(-1));
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return result;
}
const pages = (pdf) => Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1] ?? 0);

function measure(n, runs) {
  const deck = join(work, `deck-${n}.briefdeck`);
  writeFileSync(deck, JSON.stringify(benchDeck(n)));
  const html = join(work, `print-${n}.html`);
  timed([join(ROOT, 'bin/briefdeck.cjs'), 'export', deck, '--format', 'print-html', '--out', html]);
  const pss = n === 200;
  const ours = [], floor = [];
  for (let r = 0; r < runs; r++) {
    const runOurs = () => ours.push(timed([join(ROOT, 'bin/briefdeck.cjs'), 'export', deck, '--format', 'pdf', '--out', join(work, `ours-${n}.pdf`)], { pss }));
    const runFloor = () => floor.push(timed([join(ROOT, 'bench/floor-print.mjs'), html, join(work, `floor-${n}.pdf`)], { pss }));
    if (r % 2 === 0) { runOurs(); runFloor(); } else { runFloor(); runOurs(); }
  }
  const row = {
    n, runs, load: loadNow(),
    floor: median(floor.map((x) => x.wall)), ours: median(ours.map((x) => x.wall)), ratio: median(ours.map((x, i) => x.wall / floor[i].wall)),
    cpuFloor: median(floor.map((x) => x.cpu)), cpuOurs: median(ours.map((x) => x.cpu)), cpuRatio: median(ours.map((x, i) => x.cpu / floor[i].cpu)),
    pssFloor: pss ? median(floor.map((x) => x.pss)) : null, pssOurs: pss ? median(ours.map((x) => x.pss)) : null,
    pagesOurs: pages(join(work, `ours-${n}.pdf`)), pagesFloor: pages(join(work, `floor-${n}.pdf`)),
  };
  console.log(`N=${n}: wall ${row.ours.toFixed(2)} / floor ${row.floor.toFixed(2)} s = ${row.ratio.toFixed(2)}; CPU ${row.cpuOurs.toFixed(2)} / ${row.cpuFloor.toFixed(2)} s = ${row.cpuRatio.toFixed(2)}${pss ? `; PSS ${row.pssOurs} / ${row.pssFloor} MB` : ''} (pages ${row.pagesOurs}/${row.pagesFloor}, load ${row.load})`);
  return row;
}

const rows = [...SIZES.map((n) => measure(n, RUNS)), ...LARGE.map((n) => measure(n, LARGE_RUNS))];
rmSync(work, { recursive: true, force: true });

const f2 = (x) => x.toFixed(2);
const table = [
  '| N slides | pairs | floor CPU (s) | briefdeck CPU (s) | CPU ÷ floor | floor wall (s) | briefdeck wall (s) | wall ÷ floor | pages ours / floor | load (1 min) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.n} | ${r.runs} | ${f2(r.cpuFloor)} | ${f2(r.cpuOurs)} | **${f2(r.cpuRatio)}** | ${f2(r.floor)} | ${f2(r.ours)} | **${f2(r.ratio)}** | ${r.pagesOurs} / ${r.pagesFloor} | ${r.load} |`),
].join('\n');
const at = (n) => rows.find((r) => r.n === n);
const mem = at(200) ? `\nPeak memory at 200 slides (PSS of the whole tree, median): briefdeck ${at(200).pssOurs} MB, floor ${at(200).pssFloor} MB (${f2(at(200).pssOurs / at(200).pssFloor)}×; target ≤ 1).\n` : '';
const scale = at(100) && at(1000)
  ? `\nt(1000) ÷ t(100), CPU: briefdeck ${f2(at(1000).cpuOurs / at(100).cpuOurs)}, floor ${f2(at(1000).cpuFloor / at(100).cpuFloor)} (target: no more than the floor's); wall: briefdeck ${f2(at(1000).ours / at(100).ours)}, floor ${f2(at(1000).floor / at(100).floor)}.\n`
  : '';
const md = `## CLI export to PDF vs the floor (bench/cli-export.mjs)\n\n` +
  `${new Date().toISOString()}, ${machineLine()} (at the end of the run; the 1-minute load at each size is in the table).\n` +
  `Floor: Node + playwright-core, one \`page.pdf\` (bench/floor-print.mjs) of the very document our CLI prints (\`--format print-html\`), loaded from a file.\n` +
  `Ours: \`briefdeck export DECK --format pdf\` (read and check the deck, the pre-export check measured in Chromium, one print, outline and document info, atomic write). Target ≤ 1.0 in CPU and wall.\n` +
  `CPU = user + system seconds of the whole process tree (Node and Chromium, bench/proctime.py); ratios are medians of per-pair ratios, pairs run interleaved (ours first, then the floor first).\n\n${table}\n${mem}${scale}`;
writeResultsSection('cli-export', md);
console.log(`\n${md}\nwritten to bench/RESULTS.md`);
