// Editor benchmark (docs/performance.md "Editor"): in Chromium, against the built renderer
// (out/renderer, run `npx electron-vite build` first), measured side by side in one run:
//   1. keystroke-to-paint latency while typing in a slide title, 10-slide vs 300-slide deck (p50 / p95, ms);
//   2. open-to-editable time, 10-slide vs 1000-slide deck (median, ms);
//   3. open to the first thumbnail painted, and to every visible thumbnail painted, 12 vs 300 slides (median, ms);
//   4. the pre-export check (`export:preflight`), 12 vs 50 slides: first open (Chromium not started / running), second
//      open with nothing changed, open after one slide edited (median, ms; bench/editorPreflight.mjs);
//   5. the initial renderer JavaScript, gzipped (KB).
// EDITOR_BENCH=typing,open,thumbs,preflight,js picks parts; EDITOR_BENCH_NO_WRITE=1 only prints.
// Latency per key: from the keydown event's timestamp to a task queued from the next requestAnimationFrame callback
// (that task runs after the frame is painted); "keydown to frame start" stops at the animation frame callback (the
// app's script and React's commit are done; style, layout and paint are not). Chromium runs with --disable-frame-rate-limit and
// --disable-gpu-vsync so that frames are not held to a 60 Hz clock (the figure is the app's work, not vsync wait).
// Prints a table and adds it to the Editor section of bench/RESULTS.md (recordRun). Never asserts: figures only.
/* global window, document, requestAnimationFrame, MutationObserver */
import { chromium } from 'playwright-core';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { serveRenderer, installBenchApi } from './editorHarness.mjs';
import { editorBenchDeck } from './editorDecks.mjs';
import { benchDeck } from './benchDeck.mjs';
import { timePreflight } from './editorPreflight.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
// A private copy of the built renderer, so that a rebuild during the run cannot swap files under the page.
const RENDERER = await mkdtemp(join(tmpdir(), 'briefdeck-bench-renderer-'));
await cp(join(ROOT, 'out/renderer'), RENDERER, { recursive: true });
const TEXT = ' and what holds them apart in the South Caucasus';
const CADENCE_MS = 120; // about 100 words a minute
const OPEN_RUNS = 5;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-frame-rate-limit', '--disable-gpu-vsync'];

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const median = (xs) => pct(xs, 50);

async function openDeck(context, emit, path) {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${server.origin}/index.html`);
  await page.getByRole('heading', { name: 'New briefing' }).waitFor();
  // In the page: start the clock, ask to open, wait until the title field of slide 1 is in the DOM and editable, and
  // stop the clock after the next painted frame.
  const ms = await page.evaluate(async (p) => {
    const t0 = performance.now();
    window.__benchEmit('menu:command', { command: 'open-path', path: p });
    await new Promise((resolve) => {
      const check = () => {
        const input = document.querySelector('input[name="title"]');
        if (input && !input.disabled && input.value) requestAnimationFrame(() => setTimeout(resolve, 0));
        else requestAnimationFrame(check);
      };
      check();
    });
    return performance.now() - t0;
  }, path);
  return { page, ms };
}

/**
 * Opens `path` in a new page and times, from the open command, (1) the first thumbnail painted in the slide list and
 * (2) every thumbnail of the rows visible in the list painted. A thumbnail counts as painted one frame after its
 * iframe's `load` event (its document, styles and fonts are in; the frame after that shows it). Resolves ms values.
 */
async function thumbnailPaint(context, path) {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${server.origin}/index.html`);
  await page.getByRole('heading', { name: 'New briefing' }).waitFor();
  const ms = await page.evaluate(async (p) => {
    const painted = new WeakMap();
    const t0 = performance.now();
    const watch = (frame) => {
      if (painted.has(frame)) return;
      painted.set(frame, null);
      frame.addEventListener('load', () => requestAnimationFrame(() => setTimeout(() => painted.set(frame, performance.now() - t0), 0)), { once: true });
    };
    const observer = new MutationObserver(() => document.querySelectorAll('iframe.thumb-frame').forEach(watch));
    observer.observe(document.body, { childList: true, subtree: true });
    window.__benchEmit('menu:command', { command: 'open-path', path: p });
    const result = await new Promise((resolve) => {
      let first = null;
      const check = () => {
        const list = document.querySelector('[role="listbox"][aria-label="Slide list"]');
        const rows = list ? Array.from(list.querySelectorAll('.slide-row')) : [];
        const box = list?.getBoundingClientRect();
        const visible = rows.filter((r) => {
          const b = r.getBoundingClientRect();
          return box && b.bottom > box.top && b.top < box.bottom;
        });
        const times = visible.map((r) => {
          const f = r.querySelector('iframe.thumb-frame');
          return f ? painted.get(f) ?? null : null;
        });
        const done = times.filter((t) => t !== null);
        if (first === null && done.length > 0) first = Math.min(...done);
        if (visible.length > 0 && done.length === visible.length) resolve({ first, all: Math.max(...done), visible: visible.length });
        else requestAnimationFrame(check);
      };
      check();
    });
    observer.disconnect();
    return result;
  }, path);
  await page.close();
  return ms;
}

async function typingLatency(context, emit, path) {
  const { page } = await openDeck(context, emit, path);
  const title = page.locator('input[name="title"]');
  await title.click();
  await title.press('End');
  await page.evaluate(() => {
    window.__lat = [];
    window.__work = [];
    window.addEventListener('keydown', (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => {
        window.__work.push(performance.now() - t0);
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__lat.push(performance.now() - t0);
        ch.port2.postMessage(0);
      });
    }, true);
  });
  await title.pressSequentially(TEXT, { delay: CADENCE_MS });
  await page.waitForTimeout(300);
  const { lat, work } = await page.evaluate(() => ({ lat: window.__lat, work: window.__work }));
  const value = await title.inputValue();
  await page.close();
  if (!value.endsWith(TEXT)) throw new Error('typing did not reach the title field');
  return { lat: lat.slice(3), work: work.slice(3) }; // the first keys warm up the JIT
}

/**
 * Adds `table` (a "### Run of ..." block) at the end of RESULTS.md's "## Editor" section, which holds the editor's
 * summary and its runs; the section is created at the end of the file when missing. Other sections are untouched.
 */
async function recordRun(file, table) {
  const text = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  const heading = '## Editor (bench/editor.mjs)';
  const start = text.indexOf(heading);
  if (start < 0) return writeFile(file, `${text.trimEnd()}\n\n${heading}\n\n${table}`);
  const next = text.indexOf('\n## ', start + heading.length);
  const end = next < 0 ? text.length : next + 1;
  await writeFile(file, `${text.slice(0, end).trimEnd()}\n\n${table}\n${text.slice(end)}`);
}

async function initialJsGzipKb() {
  const html = await readFile(join(RENDERER, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  let bytes = 0;
  for (const f of new Set(files)) bytes += gzipSync(await readFile(join(RENDERER, f)), { level: 9 }).length;
  return { kb: bytes / 1024, files: files.length };
}

// EDITOR_BENCH picks the parts to run (comma-separated; default all): typing, open, thumbs, preflight, js.
const PARTS = new Set((process.env.EDITOR_BENCH ?? 'typing,open,thumbs,preflight,js').split(','));
const PREFLIGHT_ROUNDS = Number(process.env.PREFLIGHT_ROUNDS ?? 3);
const load0 = loadavg();
const server = await serveRenderer(RENDERER);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
const decks = new Map([10, 12, 300, 1000].map((n) => [`/bench/deck-${n}.briefdeck`, editorBenchDeck(n)]));
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const emit = await installBenchApi(context, decks);

const latency = { 10: [], 300: [] };
const work = { 10: [], 300: [] };
if (PARTS.has('typing'))
  for (let round = 0; round < 3; round++)
    for (const n of [10, 300]) {
      const r = await typingLatency(context, emit, `/bench/deck-${n}.briefdeck`);
      latency[n].push(...r.lat);
      work[n].push(...r.work);
    }
const open = { 10: [], 1000: [] };
if (PARTS.has('open'))
  for (let i = 0; i < OPEN_RUNS; i++)
    for (const n of [10, 1000]) {
      const { page, ms } = await openDeck(context, emit, `/bench/deck-${n}.briefdeck`);
      open[n].push(ms);
      await page.close();
    }
const thumbs = { 12: [], 300: [] };
if (PARTS.has('thumbs'))
  for (let i = 0; i < OPEN_RUNS; i++)
    for (const n of [12, 300]) thumbs[n].push(await thumbnailPaint(context, `/bench/deck-${n}.briefdeck`));
const js = PARTS.has('js') ? await initialJsGzipKb() : null;
const version = browser.version();
await browser.close();
await server.close();
await rm(RENDERER, { recursive: true, force: true });
const preflight = PARTS.has('preflight') ? await timePreflight(new Map([[12, benchDeck(12)], [50, benchDeck(50)]]), PREFLIGHT_ROUNDS) : null;
const load1 = loadavg();

const f = (x) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(1));
const fx = (x) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(0));
const ratio = (a, b) => (a === undefined || b === undefined ? '–' : (a / b).toFixed(1));
const rows = [];
if (PARTS.has('typing')) {
  const p = (n, q) => pct(latency[n], q);
  const w = (n, q) => pct(work[n], q);
  rows.push(
    `| keystroke-to-paint p50 (ms) | ${f(p(10, 50))} (10 slides) | ${f(p(300, 50))} (300 slides) | ${ratio(p(300, 50), p(10, 50))} | — |`,
    `| keydown to frame start p95 (ms) | ${f(w(10, 95))} (10 slides) | ${f(w(300, 95))} (300 slides) | ${ratio(w(300, 95), w(10, 95))} | — |`,
    `| keystroke-to-paint p95 (ms) | ${f(p(10, 95))} (10 slides) | ${f(p(300, 95))} (300 slides) | ${ratio(p(300, 95), p(10, 95))} | ≤ 12 ms at 300 |`,
  );
}
if (PARTS.has('open')) rows.push(`| open to editable, median (ms) | ${f(median(open[10]))} (10 slides) | ${f(median(open[1000]))} (1000 slides) | ${ratio(median(open[1000]), median(open[10]))} | ≤ 1500 ms at 1000 |`);
if (PARTS.has('thumbs')) {
  const m = (n, k) => median(thumbs[n].map((t) => t[k]));
  const vis = (n) => thumbs[n][0]?.visible ?? 0;
  rows.push(
    `| open to first thumbnail painted, median (ms) | ${fx(m(12, 'first'))} (12 slides) | ${fx(m(300, 'first'))} (300 slides) | ${ratio(m(300, 'first'), m(12, 'first'))} | ≤ 300 ms |`,
    `| open to all visible thumbnails painted, median (ms) | ${fx(m(12, 'all'))} (12 slides, ${vis(12)} visible) | ${fx(m(300, 'all'))} (300 slides, ${vis(300)} visible) | ${ratio(m(300, 'all'), m(12, 'all'))} | ≤ 1000 ms |`,
  );
}
if (preflight) {
  const m = (n, k) => median(preflight[n][k]);
  rows.push(
    `| pre-export check, first open, Chromium not started, median (ms) | ${fx(m(12, 'cold'))} (12 slides) | ${fx(m(50, 'cold'))} (50 slides) | ${ratio(m(50, 'cold'), m(12, 'cold'))} | — |`,
    `| pre-export check, first open, Chromium running, median (ms) | ${fx(m(12, 'first'))} (12 slides) | ${fx(m(50, 'first'))} (50 slides) | ${ratio(m(50, 'first'), m(12, 'first'))} | ≤ 1000 ms at 50 |`,
    `| pre-export check, second open, nothing changed, median (ms) | ${fx(m(12, 'second'))} (12 slides) | ${fx(m(50, 'second'))} (50 slides) | ${ratio(m(50, 'second'), m(12, 'second'))} | ≤ 1000 ms at 50 |`,
    `| pre-export check, open after one slide edited, median (ms) | ${fx(m(12, 'edited'))} (12 slides) | ${fx(m(50, 'edited'))} (50 slides) | ${ratio(m(50, 'edited'), m(12, 'edited'))} | ≤ 1000 ms at 50 |`,
  );
}
if (js) rows.push(`| initial renderer JS, gzip (KB) | ${f(js.kb)} (${js.files} files) | | | ≤ 500 KB |`);
const la = (l) => l.map((x) => x.toFixed(2)).join(' ');
const table = [
  `### Run of ${new Date().toISOString()}`,
  ``,
  `Load average ${la(load0)} at the start, ${la(load1)} at the end, on 2 cores. Chromium ${version} headless, 1440x900, ` +
    `frame rate limit off. ` +
    (PARTS.has('typing') ? `Typing: "${TEXT.trim()}" into slide 1's title at ${CADENCE_MS} ms a key, three times per deck (interleaved), ${latency[10].length} / ${latency[300].length} samples. ` : '') +
    (PARTS.has('open') || PARTS.has('thumbs') ? `Open and thumbnails: ${OPEN_RUNS} runs each, interleaved. ` : '') +
    (preflight ? `Pre-export check: the \`export:preflight\` handler (real services, PDF on A4 slides), ${PREFLIGHT_ROUNDS} rounds; see bench/editorPreflight.mjs.` : ''),
  ``,
  `| measure | small deck | large deck | large ÷ small | target |`,
  `| --- | --- | --- | --- | --- |`,
  ...rows,
  ``,
].join('\n');
console.log(table);
if (process.env.EDITOR_BENCH_NO_WRITE !== '1') await recordRun(join(ROOT, 'bench/RESULTS.md'), table);
