/**
 * The exported HTML file as the audience and the speaker see it (Chromium, file://, 1280×720 window): banners run
 * the full width of the window as on the PDF page, reveal.js's arrows stay off the bottom banner, the speaker view's
 * "Upcoming" label sits above the next slide's preview instead of over its banner and title, and an audience copy has no speaker
 * view to open. Screenshots go to tests/artifacts/html-layout-*.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportHtml } from '../../src-main/services/export/exportHtml';
import { allLayoutsDeck } from '../shared/renderFixture';
import { artifactDir, launchChromium } from './exportTestKit';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = artifactDir('html-layout');
});
afterAll(async () => browser?.close());

async function open(name: string, audience: boolean) {
  const file = join(dir, name);
  writeFileSync(file, exportHtml(allLayoutsDeck(), { audience }));
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto(`file://${file}#/1`);
  await page.waitForFunction(() => (window as any).Reveal?.isReady());
  return { page, context };
}

const rect = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });

describe('exported HTML layout', () => {
  test('banners run the width of the window; the arrows are not on the bottom banner', async () => {
    const { page, context } = await open('deck.html', false);
    await page.screenshot({ path: join(dir, 'html-layout-slide.png') });
    const top = await rect(page, '.slides > section.present .bd-banner-top');
    const bottom = await rect(page, '.slides > section.present .bd-banner-bottom');
    for (const banner of [top, bottom]) {
      expect(banner.left).toBeLessThanOrEqual(0.5);
      expect(banner.right).toBeGreaterThanOrEqual(1279.5);
    }
    expect(top.top).toBeLessThanOrEqual(0.5);
    expect(bottom.bottom).toBeGreaterThanOrEqual(719.5);
    const next = await rect(page, '.controls .navigate-right');
    expect(next.right - next.left).toBeGreaterThan(0);
    expect(next.bottom).toBeLessThan(bottom.top);
    await context.close();
  });

  test("the speaker view's Upcoming label sits above the next slide's preview, not over it", async () => {
    const { page, context } = await open('speaker.html', false);
    const popup = context.waitForEvent('page');
    await page.keyboard.press('s');
    const speaker = await popup;
    await speaker.setViewportSize({ width: 1280, height: 800 });
    await speaker.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
    await speaker.screenshot({ path: join(dir, 'html-layout-speaker.png') });
    const label = await rect(speaker, '#upcoming-slide .label');
    const upcoming = await rect(speaker, '#upcoming-slide iframe');
    expect(label.bottom).toBeLessThanOrEqual(upcoming.top + 0.5);
    // Both previews start at the same height, under the band.
    expect((await rect(speaker, '#current-slide iframe')).top).toBe(upcoming.top);
    await context.close();
  });

  test('an audience copy has no speaker view: no notes plugin, and S leaves the page alone', async () => {
    const { page, context } = await open('audience.html', true);
    expect(await page.evaluate(() => (window as any).Reveal.hasPlugin('notes'))).toBe(false);
    expect(await page.evaluate(() => typeof (window as any).RevealNotes)).toBe('undefined');
    await page.keyboard.press('s');
    // A key the deck obeys, pressed after S: once it has acted, S has had its turn too.
    const before = await page.evaluate(() => JSON.stringify((window as any).Reveal.getIndices()));
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((b) => JSON.stringify((window as any).Reveal.getIndices()) !== b, before);
    expect(context.pages()).toHaveLength(1);
    await context.close();
  });
});
