// Deck comparison benchmark: compareDecks (src-shared/compare) on two 1000-slide decks, against opening one such
// deck (parseDeck on its file text: strict JSON, migration, schema, integrity) in the same run, since absolute
// times drift between runs on this shared machine. Three pairs: the deck with itself (every slide matched by id,
// nothing changed), next month's deck (slides moved, bullets reworded, judgments moved, a source added, matched by
// id), and the same deck rebuilt with new ids (every slide matched by content). The pure core is bundled once with
// rolldown (a Vite dependency) so the script runs the same code the app and the CLI run.
// Prints a table and replaces the "Deck comparison" section of bench/RESULTS.md. Never asserts: figures only.
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { loadavg, tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { rolldown } from 'rolldown';
import { benchDeck } from './benchDeck.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const N = Number(process.env.BENCH_N ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const entry = join(await mkdtemp(join(tmpdir(), 'briefdeck-bench-diff-')), 'entry.ts');
await writeFile(entry, `export { parseDeck } from '${ROOT}src-shared/deck';\nexport { compareDecks } from '${ROOT}src-shared/compare';\n`);
const bundle = await rolldown({ input: entry, platform: 'node', logLevel: 'silent' });
const out = entry.replace(/\.ts$/, '.mjs');
await bundle.write({ file: out, format: 'esm' });
const { parseDeck, compareDecks } = await import(out);

/** Next month's deck: every 50th slide moved to the end, every 7th bullet slide reworded, every BLUF's first judgment moved. */
function nextMonth(deck) {
  const d = structuredClone(deck);
  d.slides.forEach((s, i) => {
    if (s.layout === 'bullets' && i % 7 === 0) s.bullets[1].text = s.bullets[1].text.replace('Finding', 'Revised finding');
    if (s.layout === 'bluf') s.judgments[0].likelihood = 'unlikely';
  });
  const moved = d.slides.filter((_, i) => i > 0 && i % 50 === 0);
  d.slides = [...d.slides.filter((_, i) => !(i > 0 && i % 50 === 0)), ...moved];
  d.sources.push({ id: 'src2', title: 'A second source', authors: [], publisher: '', date: '2023-12', url: '' });
  return d;
}

function rebuilt(deck) {
  const d = structuredClone(deck);
  d.slides.forEach((s, i) => (s.id = `r${i}`));
  return d;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn) {
  const t0 = performance.now();
  const r = fn();
  return { ms: performance.now() - t0, r };
}

const text = JSON.stringify(benchDeck(N));
const open = () => {
  const p = parseDeck(text);
  if (!p.ok) throw new Error(p.error.message);
  return p.deck;
};
const a = open();
const pairs = { 'same deck (ids)': a, "next month's deck (ids)": nextMonth(a), 'rebuilt, new ids (content)': rebuilt(a) };
for (let i = 0; i < 2; i++) {
  open();
  for (const b of Object.values(pairs)) compareDecks(a, b);
}
const openMs = [];
const diffMs = Object.fromEntries(Object.keys(pairs).map((k) => [k, []]));
const summaries = {};
for (let run = 0; run < RUNS; run++) {
  openMs.push(time(open).ms);
  for (const [name, b] of Object.entries(pairs)) {
    const { ms, r } = time(() => compareDecks(a, b));
    diffMs[name].push(ms);
    summaries[name] = r.summary;
  }
}
const openMedian = median(openMs);
const load = loadavg().map((x) => x.toFixed(2)).join(' ');
const lines = [
  '## Deck comparison (bench/deck-diff.mjs)',
  '',
  `${new Date().toISOString()}, load average ${load} on ${cpus().length} cores, Node ${process.version}. ${N}-slide decks (bench/benchDeck.mjs), median of ${RUNS} runs in one process after 2 warm-up rounds.`,
  `Open = parseDeck on the file text (${(text.length / 1e6).toFixed(2)} MB): strict JSON, schema, integrity. Compare = compareDecks(A, B), pure, in the same process.`,
  '',
  '| pair | matched by | compare median (ms) | open one deck median (ms) | compare ÷ open | slides changed / moved / added / removed | judgments moved |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...Object.entries(diffMs).map(([name, xs]) => {
    const s = summaries[name];
    const [label, by] = name.split(' (');
    return `| ${label} | ${by.replace(')', '')} | ${median(xs).toFixed(1)} | ${openMedian.toFixed(1)} | ${(median(xs) / openMedian).toFixed(2)} | ${s.slidesChanged} / ${s.slidesMoved} / ${s.slidesAdded} / ${s.slidesRemoved} | ${s.judgmentsMoved} |`;
  }),
  '',
];
const table = lines.join('\n');
process.stdout.write(`${table}\n`);
const resultsPath = join(ROOT, 'bench/RESULTS.md');
const results = await readFile(resultsPath, 'utf8');
const start = results.indexOf('## Deck comparison');
let next = start < 0 ? -1 : results.indexOf('\n## ', start + 1);
if (next >= 0) next += 1;
const updated = start < 0 ? `${results.trimEnd()}\n\n${table}` : `${results.slice(0, start)}${table}${next >= 0 ? `\n${results.slice(next)}` : ''}`;
await writeFile(resultsPath, updated.endsWith('\n') ? updated : `${updated}\n`);
