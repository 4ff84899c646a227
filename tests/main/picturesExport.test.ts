/**
 * Pictures in the exports that Chromium draws (PDF and HTML): the picture pages in light, dark and a Persian
 * right-to-left deck with their captions and source lines as text, an SVG picture kept vector in the PDF (its text
 * stays text, no raster image on its page), and a hostile SVG written into a deck by hand (script, event handler,
 * foreignObject, external references) inert in the exported HTML: no canary, no dialog, no request.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DeckSchema, type Deck, type SlideOf } from '../../src-shared/deck';
import { resolveExportOptions } from '../../src-shared/export';
import { planPdfPages } from '../../src-shared/print';
import { chunkPlan } from '../../src-main/services/export/pdf/printChunks';
import { exportDeck } from '../../src-main/services/export/exportDeck';
import { exportHtml } from '../../src-main/services/export/exportHtml';
import { ChromiumPrinter } from '../../src-main/services/export/pdf/chromiumPrinter';
import { ChromiumPreflightProbe } from '../../src-main/services/export/preflight/preflightProbe';
import { runPreflight } from '../../src-main/services/export/preflight/runPreflight';
import { artifactDir, launchChromium, poppler } from './exportTestKit';

const picturesDeck = (over: Partial<Deck> = {}): Deck => ({ ...DeckSchema.parse(JSON.parse(readFileSync('tests/fixtures/render/pictures.json', 'utf8'))), ...over });
const printer = new ChromiumPrinter();
let dir: string;
let browser: Browser;
beforeAll(async () => {
  dir = artifactDir('pictures');
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await printer.close();
  await browser?.close();
});

/** Images drawn on `page` of the PDF, from `pdfimages -list` (its rows after the two header lines). */
function imagesOn(pdf: string, page: number): string[] {
  return execFileSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
}

describe('pictures in the PDF', () => {
  test.each([
    ['light', {}],
    ['dark', { theme: 'briefing-dark' }],
    ['persian', { language: 'fa', direction: 'rtl', theme: 'briefing-dark', title: 'تصویرها' }],
  ] as const)('%s: each picture page shows its picture, caption and source line; the SVG stays vector', async (name, over) => {
    const deck = picturesDeck(over as Partial<Deck>);
    if (name === 'persian') {
      const first = deck.slides[0] as SlideOf<'picture'>;
      deck.slides[0] = { ...first, title: 'گذرگاه رفح', picture: { ...first.picture!, caption: 'گذرگاه، چنان که کشیده شد', sourceLine: 'طرح: نمونه‌ی آزمون' } };
    }
    const pdf = join(dir, `pictures-${name}.pdf`);
    writeFileSync(pdf, (await exportDeck(deck, resolveExportOptions({ format: 'pdf' }), printer)).output);
    const text = poppler('pdftotext', [pdf, '-']);
    // pdftotext writes right-to-left runs in visual order with embedding marks: look for single words there.
    for (const word of name === 'persian' ? ['کشیده', 'آزمون', 'رفح'] : ['Drawing: BriefDeck test fixture', 'The crossing as drawn for this fixture']) expect(text).toContain(word);
    expect(text).toContain('A vector diagram stays vector');
    expect(text).toContain('Gaza stance'); // text inside the SVG picture is text in the PDF
    expect(imagesOn(pdf, 1).length).toBeGreaterThanOrEqual(1);
    expect(imagesOn(pdf, 2)).toEqual([]);
    expect(imagesOn(pdf, 3).length).toBeGreaterThanOrEqual(1);
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(dir, `pictures-${name}`)]);
  }, 120_000);
});

describe('a broken picture in the PDF export', () => {
  test('is an error naming the slide, not a blank box', async () => {
    const deck = picturesDeck();
    const first = deck.slides[0] as SlideOf<'picture'>;
    deck.slides[0] = { ...first, picture: { ...first.picture!, src: `data:image/png;base64,${Buffer.from('not a png at all').toString('base64')}` } };
    await expect(exportDeck(deck, resolveExportOptions({ format: 'pdf' }), printer)).rejects.toThrow('its picture is not a readable PNG image; replace or remove it.');
  });

  test('counts picture bytes when it decides to print in chunks', () => {
    const deck = picturesDeck();
    const plan = planPdfPages(deck, resolveExportOptions({ format: 'pdf' }));
    expect(chunkPlan(deck, plan)).toHaveLength(1);
    const big = { ...deck, slides: Array.from({ length: 40 }, (_, i) => ({ ...deck.slides[0], id: `p${i}` })) };
    expect(chunkPlan(big, planPdfPages(big, resolveExportOptions({ format: 'pdf' }))).length).toBe(1);
    const first = deck.slides[0] as SlideOf<'picture'>;
    const heavy = { ...deck, slides: Array.from({ length: 40 }, (_, i) => ({ ...first, id: `h${i}`, picture: { ...first.picture!, src: first.picture!.src + 'A'.repeat(1_000_000 - first.picture!.src.length) } })) };
    expect(chunkPlan(heavy, planPdfPages(heavy, resolveExportOptions({ format: 'pdf' }))).length).toBeGreaterThan(1);
  });
});

describe('pictures in the pre-export check', () => {
  test('the pictures fit their slides and make no request; a picture without alt text is an error naming its field', async () => {
    const deck = picturesDeck();
    const probe = new ChromiumPreflightProbe(printer);
    const issues = await runPreflight(deck, resolveExportOptions({ format: 'pdf' }), probe);
    expect(issues.filter((x) => x.kind === 'overflow' || x.kind === 'network' || x.kind === 'alt-text')).toEqual([]);
    const columns = deck.slides[2] as SlideOf<'two-column'>;
    deck.slides[2] = { ...columns, left: { ...columns.left, picture: { ...columns.left.picture!, alt: ' ' } } };
    const missing = (await runPreflight(deck, resolveExportOptions({ format: 'pdf' }))).filter((x) => x.kind === 'alt-text');
    expect(missing).toEqual([{ kind: 'alt-text', severity: 'error', slideIndex: 2, field: 'left.picture.alt', message: 'Slide 3 “Picture beside bullets”: the picture has no alt text; describe what it shows for readers who cannot see it.' }]);
  }, 60_000);
});

describe('a hostile SVG picture in the exported HTML', () => {
  test('runs nothing and fetches nothing', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100" onload="window.__pwned=1;window.top.__pwned=1">' +
      '<script>window.__pwned=1;window.top.__pwned=1;fetch("https://example.org/svg-script")</script>' +
      '<image href="https://example.org/svg-image.png" width="10" height="10"/><image xlink:href="file:///etc/hostname" width="10" height="10"/>' +
      '<rect width="200" height="100" style="fill:url(https://example.org/svg-fill)"/>' +
      '<foreignObject width="200" height="100"><img xmlns="http://www.w3.org/1999/xhtml" src="https://example.org/fo.png" onerror="window.__pwned=1;window.top.__pwned=1"/></foreignObject></svg>';
    const deck = picturesDeck();
    const first = deck.slides[1] as SlideOf<'picture'>;
    deck.slides[1] = { ...first, picture: { ...first.picture!, src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` } };
    const file = join(dir, 'hostile-svg.html');
    writeFileSync(file, exportHtml(deck));
    const url = `file://${file}`;
    const context = await browser.newContext();
    const foreign: string[] = [];
    const problems: string[] = [];
    context.on('request', (r) => { if (r.url().split('?')[0] !== url && !r.url().startsWith('data:')) foreign.push(r.url()); });
    await context.route('**/*', (route) => (route.request().url().split('?')[0] === url ? route.continue() : route.abort()));
    const page = await context.newPage();
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
    await page.goto(url);
    await page.waitForFunction(() => (window as any).Reveal?.isReady());
    await page.evaluate(() => (window as any).Reveal.slide(1));
    await page.waitForFunction(() => {
      const img = document.querySelector('[data-slide-id="svg"] img') as HTMLImageElement | null;
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
