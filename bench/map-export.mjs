// The region map's cost (the map layout): the SVG size of the full briefing's region map, and the full briefing's
// PDF size and export time with and without its map slide, side by side in one run. Each export is the whole
// `node bin/briefdeck.cjs export DECK --format pdf` process, timed under bench/proctime.py (wall seconds, and CPU
// seconds of the whole process tree, Chromium included); runs alternate in order, the table shows medians.
// Needs `npm run build`. Env: BENCH_RUNS (default 5). Writes bench/map-results.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CLI = join(ROOT, 'bin/briefdeck.cjs');
const work = mkdtempSync(join(tmpdir(), 'briefdeck-map-bench-'));
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

function cli(args) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`briefdeck ${args.join(' ')} failed: ${r.stderr}`);
}

/** One timed export: wall and CPU seconds (bench/proctime.py). */
function timedExport(deck, pdf) {
  const r = spawnSync('python3', [join(ROOT, 'bench/proctime.py'), process.execPath, CLI, 'export', deck, '--format', 'pdf', '--out', pdf, '--force'], { cwd: ROOT, encoding: 'utf8' });
  const result = JSON.parse(r.stderr.trim().split('\n').at(-1));
  if (result.status !== 0) throw new Error(`export ${deck} failed: ${r.stderr}`);
  return result;
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const withMap = join(work, 'with-map.briefdeck');
cli(['new', '--template', 'full-briefing', '--out', withMap]);
const deck = JSON.parse(readFileSync(withMap, 'utf8'));
const mapSlides = deck.slides.filter((s) => s.layout === 'map');
if (mapSlides.length !== 1) throw new Error(`expected one map slide in the full briefing, found ${mapSlides.length}`);
const withoutMap = join(work, 'without-map.briefdeck');
writeFileSync(withoutMap, JSON.stringify({ ...deck, slides: deck.slides.filter((s) => s.layout !== 'map') }));

// The map's SVG as the HTML export carries it (the same markup the preview and the PDF print).
const html = join(work, 'with-map.html');
cli(['export', withMap, '--format', 'html', '--out', html]);
const page = readFileSync(html, 'utf8');
const svg = /<div class="bd-map-drawing"[^>]*>(<svg[\s\S]*?<\/svg>)/.exec(page)?.[1];
if (!svg) throw new Error('no map SVG in the HTML export');
const svgBytes = Buffer.byteLength(svg);
const svgGzip = gzipSync(svg).length;

const loadBefore = load();
const runs = { with: [], without: [] };
for (let r = 0; r < RUNS; r++) {
  const order = r % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
  for (const which of order) runs[which].push(timedExport(which === 'with' ? withMap : withoutMap, join(work, `${which}.pdf`)));
}
const loadAfter = load();
const row = (which) => ({
  slides: which === 'with' ? deck.slides.length : deck.slides.length - 1,
  bytes: statSync(join(work, `${which}.pdf`)).size,
  wall: median(runs[which].map((x) => x.wall)),
  cpu: median(runs[which].map((x) => x.cpu)),
});
const a = row('without');
const b = row('with');
const kb = (n) => (n / 1024).toFixed(1);
const table = [
  '| full briefing | slides | PDF size (KB) | export wall (s) | export CPU (s) |',
  '| --- | --- | --- | --- | --- |',
  `| without the map slide | ${a.slides} | ${kb(a.bytes)} | ${a.wall.toFixed(2)} | ${a.cpu.toFixed(2)} |`,
  `| with the map slide | ${b.slides} | ${kb(b.bytes)} | ${b.wall.toFixed(2)} | ${b.cpu.toFixed(2)} |`,
  `| difference | +1 | +${kb(b.bytes - a.bytes)} | ${(b.wall - a.wall >= 0 ? '+' : '')}${(b.wall - a.wall).toFixed(2)} | ${(b.cpu - a.cpu >= 0 ? '+' : '')}${(b.cpu - a.cpu).toFixed(2)} |`,
].join('\n');
const md =
  `# Map benchmark (bench/map-export.mjs)\n\n${new Date().toISOString()}, ${cpus().length} cores, load average ${loadBefore} before and ${loadAfter} after; medians of ${RUNS} alternating runs.\n\n` +
  `Region map SVG (the full briefing's map slide, 1136×456 px frame, clipped and rounded to 0.1 px): ${kb(svgBytes)} KB (${kb(svgGzip)} KB gzipped).\n\n` +
  `Export: \`briefdeck export DECK --format pdf\`, the whole process; CPU = user + system seconds of the process tree (Node and Chromium).\n\n${table}\n`;
writeFileSync(join(ROOT, 'bench', 'map-results.md'), md);
console.log(md);
