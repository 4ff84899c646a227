// Editor benchmark (docs/performance.md "Editor"): in Chromium, against the built renderer
// (out/renderer, run `npx electron-vite build` first), measured side by side in one run:
//   1. keystroke-to-paint latency while typing in a slide title, 10-slide vs 300-slide deck (p50 / p95, ms);
//   2. open-to-editable time, 10-slide vs 1000-slide deck (median, ms);
//   3. the initial renderer JavaScript, gzipped (KB).
// Latency per key: from the keydown event's timestamp to a task queued from the next requestAnimationFrame callback
// (that task runs after the frame is painted); "keydown to frame start" stops at the animation frame callback (the
// app's script and React's commit are done; style, layout and paint are not). Chromium runs with --disable-frame-rate-limit and
// --disable-gpu-vsync so that frames are not held to a 60 Hz clock (the figure is the app's work, not vsync wait).
// Prints a table and appends it to bench/RESULTS.md. Never asserts: figures only.
/* global window, document, requestAnimationFrame */
import { chromium } from 'playwright-core';
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { serveRenderer, installBenchApi } from './editorHarness.mjs';
import { editorBenchDeck } from './editorDecks.mjs';

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

async function initialJsGzipKb() {
  const html = await readFile(join(RENDERER, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  let bytes = 0;
  for (const f of new Set(files)) bytes += gzipSync(await readFile(join(RENDERER, f)), { level: 9 }).length;
  return { kb: bytes / 1024, files: files.length };
}

const server = await serveRenderer(RENDERER);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
const decks = new Map([10, 300, 1000].map((n) => [`/bench/deck-${n}.briefdeck`, editorBenchDeck(n)]));
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const emit = await installBenchApi(context, decks);

const latency = {};
const work = {};
for (const n of [10, 300]) [latency[n], work[n]] = [[], []];
for (let round = 0; round < 3; round++)
  for (const n of [10, 300]) {
    const r = await typingLatency(context, emit, `/bench/deck-${n}.briefdeck`);
    latency[n].push(...r.lat);
    work[n].push(...r.work);
  }
const open = { 10: [], 1000: [] };
for (let i = 0; i < OPEN_RUNS; i++)
  for (const n of [10, 1000]) {
    const { page, ms } = await openDeck(context, emit, `/bench/deck-${n}.briefdeck`);
    open[n].push(ms);
    await page.close();
  }
const js = await initialJsGzipKb();
await browser.close();
await server.close();
await rm(RENDERER, { recursive: true, force: true });

const f = (x) => x.toFixed(1);
const rows = [
  `| keystroke-to-paint p50 (ms) | ${f(pct(latency[10], 50))} (10 slides) | ${f(pct(latency[300], 50))} (300 slides) | ${f(pct(latency[300], 50) / pct(latency[10], 50))} | — |`,
  `| keydown to frame start p95 (ms) | ${f(pct(work[10], 95))} (10 slides) | ${f(pct(work[300], 95))} (300 slides) | ${f(pct(work[300], 95) / pct(work[10], 95))} | — |`,
  `| keystroke-to-paint p95 (ms) | ${f(pct(latency[10], 95))} (10 slides) | ${f(pct(latency[300], 95))} (300 slides) | ${f(pct(latency[300], 95) / pct(latency[10], 95))} | ≤ 16 ms at 300 |`,
  `| open to editable, median (ms) | ${f(median(open[10]))} (10 slides) | ${f(median(open[1000]))} (1000 slides) | ${f(median(open[1000]) / median(open[10]))} | ≤ 1500 ms at 1000 |`,
  `| initial renderer JS, gzip (KB) | ${f(js.kb)} (${js.files} files) | | | ≤ 500 KB |`,
];
const table = [
  `## Editor (bench/editor.mjs)`,
  ``,
  `${new Date().toISOString()}, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} on 2 cores. Chromium ${browser.version?.() ?? ''} headless, 1440x900, ` +
    `frame rate limit off. Typing: "${TEXT.trim()}" into slide 1's title at ${CADENCE_MS} ms a key, three times per deck (interleaved), ${latency[10].length} / ${latency[300].length} samples; open: ${OPEN_RUNS} runs each.`,
  ``,
  `| measure | small deck | large deck | large ÷ small | target |`,
  `| --- | --- | --- | --- | --- |`,
  ...rows,
  ``,
].join('\n');
console.log(table);
await appendFile(join(ROOT, 'bench/RESULTS.md'), `\n${table}`);
