import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { artifactDir, ensureBuiltCli, launchChromium, poppler, runCli } from './exportTestKit';

/**
 * Charts and the drawn timeline through the built CLI: `briefdeck add --chart TABLE.csv` on a deck made from the
 * timeline template (whose timelines are drawn), then every export. The chart's labels are text in the PDF and its
 * page holds no picture; the PPTX holds a native chart part with the data and its workbook; the HTML makes no request
 * and runs nothing from a label.
 */
const PAYLOAD = '<img src=x onerror=window.__pwned=1>';
let dir: string;
let deckFile: string;
let browser: Browser;

const pageOf = (pdf: string, text: string): number => {
  const pages = poppler('pdftotext', ['-layout', pdf, '-']).split('\f');
  return pages.findIndex((p) => p.includes(text)) + 1;
};

beforeAll(async () => {
  ensureBuiltCli();
  dir = artifactDir('chart-export');
  deckFile = join(dir, 'timeline.briefdeck');
  expect(runCli(['new', '--template', 'timeline-oct-nov-2023', '--out', deckFile]).status).toBe(0);
  writeFileSync(join(dir, 'trade.csv'), `Year,Exports,"Imports ${PAYLOAD}"\n2020,12,8\n2021,15,9.5\n2022,11,10\n2023,18,\n`);
  const r = runCli(['add', deckFile, '--chart', join(dir, 'trade.csv'), '--chart-type', 'stacked-bar', '--axis-label', 'USD bn', '--alt', 'Stacked bars of exports and imports, 2020 to 2023', '--title', 'Trade (test figures)', '--source-line', 'Test figures', '--portion-marking', '(U)', '--after', '3']);
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe(`added slide 4 (“Trade (test figures)”, chart) to ${deckFile}\n`);
  // The template's deck is portion-marked, and export refuses an unmarked portion: the chart and its title carry "(U)".
  const saved = JSON.parse(readFileSync(deckFile, 'utf8'));
  expect([saved.slides[3].portionMarking, saved.slides[3].bodyPortionMarking]).toEqual(['(U)', '(U)']);
  for (const format of ['pdf', 'pptx', 'html']) {
    const e = runCli(['export', deckFile, '--format', format, '--out', join(dir, `deck.${format}`)]);
    expect(e.status, e.stderr).toBe(0);
  }
  browser = await launchChromium();
}, 300_000);
afterAll(async () => browser?.close());

describe('briefdeck add --chart', () => {
  test('a CSV cell that is not a number: one line naming the row and column, and the deck is unchanged', () => {
    const before = readFileSync(deckFile);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'Country,Exports,Imports\nTurkey,12,8\nIran,n/a,10\n');
    const r = runCli(['add', deckFile, '--chart', bad, '--alt', 'x', '--portion-marking', '(U)']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`briefdeck: ${bad}: row 2 ("Iran"), column 2 ("Exports"): "n/a" is not a number\n`);
    expect(runCli(['add', deckFile, '--chart', join(dir, 'trade.csv'), '--chart-type', 'pie', '--alt', 'x', '--portion-marking', '(U)']).stderr).toBe('briefdeck: --chart-type pie is not one of bar, line, stacked-bar\n');
    expect(readFileSync(deckFile).equals(before)).toBe(true);
  });
});

describe('chart and drawn timeline in the PDF', () => {
  test('the chart page has its labels as text and no raster image', () => {
    const pdf = join(dir, 'deck.pdf');
    const page = pageOf(pdf, 'Test figures');
    expect(page).toBe(4);
    const text = poppler('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-']);
    for (const label of ['2020', '2021', '2022', '2023', 'Exports', `Imports ${PAYLOAD}`, 'USD bn', '9.5', 'Test figures']) expect(text).toContain(label);
    const images = execFileSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' }).trim().split('\n');
    expect(images.length).toBe(2); // the two header lines only
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', String(page), '-l', String(page), pdf, join(dir, 'chart-page')]);
  });
  test('the drawn timeline keeps every date and event as text', () => {
    const text = poppler('pdftotext', [join(dir, 'deck.pdf'), '-']);
    for (const date of ['7 Oct 2023', '23 Oct 2023', '26 Oct 2023', '28 Oct 2023', '1 Nov 2023']) expect(text).toContain(date);
  });
});

describe('chart and drawn timeline in the PPTX', () => {
  test('a native chart part with the series values, its embedded workbook, stacked grouping and alt text', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'deck.pptx')));
    const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(1);
    const xml = await zip.file(charts[0])!.async('string');
    expect(xml).toContain('<c:barChart>');
    expect(xml).toContain('<c:grouping val="stacked"/>');
    for (const v of ['12', '15', '11', '18', '8', '9.5', '10']) expect(xml).toContain(`<c:v>${v}</c:v>`);
    expect(xml).toContain('<c:v>2020</c:v>');
    expect(xml).toContain('&lt;img src=x onerror=window.__pwned=1&gt;');
    expect(xml).toContain('USD bn');
    expect(Object.keys(zip.files).some((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n))).toBe(true);
    const slide = await zip.file('ppt/slides/slide4.xml')!.async('string');
    expect(slide).toContain('descr="Stacked bars of exports and imports, 2020 to 2023"');
    expect(slide).toContain('Test figures');
    const timeline = await zip.file('ppt/slides/slide2.xml')!.async('string');
    expect(timeline).toContain('name="Timeline date 1"');
    expect(timeline).toContain('7 Oct 2023');
  });
});

describe('chart in the exported HTML', () => {
  test('the chart shows from file:// with no request, and a label runs nothing', async () => {
    const file = join(dir, 'deck.html');
    const url = `file://${file}`;
    const context = await browser.newContext();
    const foreign: string[] = [];
    context.on('request', (r) => { if (r.url().split('?')[0] !== url) foreign.push(r.url()); });
    await context.route('**/*', (route) => (route.request().url().split('?')[0] === url ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as any).Reveal?.isReady());
    await page.evaluate(() => (window as any).Reveal.slide(3));
    const chart = page.locator('section[data-layout="chart"] svg.bd-chart-svg');
    await chart.waitFor();
    expect(await chart.locator('text', { hasText: 'Exports' }).count()).toBe(1);
    expect(await page.locator('section[data-layout="chart"] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(foreign).toEqual([]);
    await context.close();
  });
});
