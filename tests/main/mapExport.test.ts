import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportHtml } from '../../src-main/services/export/exportHtml';
import { exportPptx } from '../../src-main/services/export/pptx/exportPptx';
import { mapDeck } from '../shared/mapFixture';
import { pageTexts, pdfCaseRunner, pdfImages } from './exportCasesKit';
import { launchChromium } from './exportTestKit';
import { readPptx, xmlText } from './pptxPackageReader';

const LABELS = ['Ankara', 'Tehran', 'Damascus', 'Gaza', 'Zangezur corridor', 'Actor', 'Front', 'War in Gaza', 'Natural Earth 4.1'];

describe('the map in a PDF', () => {
  const runner = pdfCaseRunner('map-pdf');
  afterAll(() => runner.close());

  test.each(['briefing-light', 'briefing-dark'] as const)('%s: the map page has its labels as text and no raster image (vector)', async (theme) => {
    const { path } = await runner.pdf(`map-${theme}.pdf`, mapDeck({ theme }), { format: 'pdf' });
    const texts = pageTexts(path);
    expect(texts).toHaveLength(3);
    for (const label of LABELS) expect(texts[1]).toContain(label);
    expect(texts[1]).toContain('Roles: the deck, after the cited article.');
    expect(pdfImages(path).filter((i) => i.page === 2)).toEqual([]);
  }, 120_000);

  test('a Persian deck: the labels are text in the PDF, right to left', async () => {
    const deck = mapDeck({ language: 'fa', direction: 'rtl' });
    const slide = deck.slides[1];
    if (slide.layout !== 'map') throw new Error('fixture');
    slide.map.points = [{ label: 'تهران', lat: 35.69, lon: 51.39 }];
    const { path } = await runner.pdf('map-fa.pdf', deck, { format: 'pdf' });
    const page = pageTexts(path)[1];
    expect(page).toContain('تهران');
    expect(page).toContain('راهنما');
    expect(pdfImages(path).filter((i) => i.page === 2)).toEqual([]);
  }, 120_000);
});

describe('the map in a PPTX', () => {
  test('the map is a picture with its alt text, its labels and data caption are text boxes, the source line under it', async () => {
    const deck = mapDeck();
    const parts = await readPptx(await exportPptx(deck));
    const slide = parts.slides[1];
    const pic = /<p:pic>[\s\S]*?<\/p:pic>/.exec(slide)?.[0] ?? '';
    expect(pic).toContain(`descr="${deck.slides[1].layout === 'map' ? deck.slides[1].alt : ''}"`);
    const media = /Target="\.\.\/media\/([^"]+\.png)"/.exec(parts.slideRels[1])?.[1];
    expect(media).toBeDefined();
    const text = xmlText(slide);
    for (const label of LABELS) expect(text).toContain(label);
    expect(text).toContain('Roles: the deck, after the cited article.');
  }, 60_000);
});

describe('the map in the HTML export', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => browser?.close());

  test('the map is inline SVG and the file makes no request', async () => {
    const file = join(pdfCaseRunner('map-html').dir, 'map.html');
    writeFileSync(file, exportHtml(mapDeck()));
    const url = `file://${file}`;
    const context = await browser.newContext();
    const foreign: string[] = [];
    context.on('request', (r) => {
      if (r.url().split('?')[0] !== url) foreign.push(r.url());
    });
    await context.route('**/*', (route) => (route.request().url().split('?')[0] === url ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
    const map = page.locator('section[data-slide-id="region-map"] .bd-map-drawing');
    await expect.poll(() => map.locator('svg path[data-country="Palestine"]').count()).toBe(1);
    expect(await map.getAttribute('aria-label')).toContain('Map of the Middle East');
    expect(await map.locator('svg text').allTextContents()).toContain('Ankara');
    expect(foreign).toEqual([]);
    await context.close();
  }, 60_000);
});
