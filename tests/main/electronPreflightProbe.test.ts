/**
 * The app's pre-export layout probe (src-main/electron/windowPreflightProbe.ts) as a plain function: its window is a
 * fake BrowserWindow-like object whose loadURL and executeJavaScript drive a real headless Chromium page (Playwright),
 * so the probe's own scripts run and measure a real layout. Electron itself (the hidden window, its session and the
 * DevTools media emulation in offlineWindow.ts) is not run here: this machine has no Electron binary.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveExportOptions } from '../../src-shared/export';
import { ChromiumPrinter } from '../../src-main/services/export/pdf/chromiumPrinter';
import { ChromiumPreflightProbe } from '../../src-main/services/export/preflight/preflightProbe';
import { runPreflight } from '../../src-main/services/export/preflight/runPreflight';
import { WindowPreflightProbe, type ProbeWindowHost } from '../../src-main/electron/windowPreflightProbe';
import { deckOf, solidPngDataUrl } from './exportCasesKit';
import { launchChromium } from './exportTestKit';

let browser: Browser;
const printer = new ChromiumPrinter();
beforeAll(async () => { browser = await launchChromium(); }, 60_000);
afterAll(async () => { await browser?.close(); await printer.close(); });

/** Windows as the probe sees them, each a Playwright page offline but for its one file; records what was closed. */
function chromiumWindows(): { host: ProbeWindowHost; closed: string[] } {
  const closed: string[] = [];
  const host: ProbeWindowHost = {
    async open(html) {
      const dir = mkdtempSync(join(tmpdir(), 'briefdeck-probe-'));
      const file = join(dir, 'print.html');
      writeFileSync(file, html);
      const url = pathToFileURL(file).href;
      const context = await browser.newContext();
      const requests: string[] = [];
      await context.route('**/*', (route) => {
        if (route.request().url() === url) return route.continue();
        requests.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      return {
        window: { loadURL: async (u) => { await page.goto(u); }, webContents: { executeJavaScript: (code) => page.evaluate(code) } },
        url,
        requests,
        emulatePrintMedia: () => page.emulateMedia({ media: 'print' }),
        close: async () => {
          closed.push(url);
          await context.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
  return { host, closed };
}

const cite = [{ sourceId: 'art', paragraphs: [3] }];
const deck = deckOf({
  sources: [{ id: 'art', title: 'Article', authors: [], date: '2023-11' }],
  slides: [
    { id: 'ok', layout: 'bullets', title: 'Fits and cited', citations: cite, bullets: [{ text: 'A short cited point' }] },
    { id: 'long', layout: 'bullets', title: 'Far too long', citations: cite, bullets: Array.from({ length: 40 }, (_, i) => ({ text: `Point ${i} that goes on for a while to take a full line of the slide` })) },
    { id: 'snug', layout: 'bullets', title: 'A little long', citations: cite, bullets: Array.from({ length: 13 }, (_, i) => ({ text: `Point ${i} fits when shrunk a little` })) },
    { id: 'img', layout: 'section', title: 'Broken map', background: { src: `data:image/png;base64,${Buffer.from('not a png image').toString('base64')}`, fit: 'contain', alt: '' } },
    { id: 'good-img', layout: 'section', title: 'Good map', background: { src: solidPngDataUrl(8, 8, [0, 0, 0]), fit: 'contain', alt: '' } },
  ],
});

describe('WindowPreflightProbe (the export dialog\'s check in the app)', () => {
  test('measures the same overflow, shrunk text and unreadable images as the CLI probe, and closes its window', async () => {
    const { host, closed } = chromiumWindows();
    const options = resolveExportOptions({ paper: 'a4' });
    const inWindow = await runPreflight(deck, options, new WindowPreflightProbe(host));
    const at = (i: number) => inWindow.filter((x) => x.slideIndex === i).map((x) => `${x.kind}/${x.severity}`);
    expect(at(0)).toEqual([]);
    expect(at(1)).toEqual(['overflow/error']);
    expect(at(2)).toEqual(['overflow/warning']);
    expect(at(3)).toEqual(['image/error']);
    expect(at(4)).toEqual([]);
    expect(inWindow.some((x) => x.kind === 'network')).toBe(false);
    const inChromium = await runPreflight(deck, options, new ChromiumPreflightProbe(printer));
    expect(inWindow).toEqual(inChromium);
    expect(closed).toHaveLength(1);
  }, 120_000);

  test('when the page script fails, the measure rejects and the window is closed all the same', async () => {
    const { host, closed } = chromiumWindows();
    const probe = new WindowPreflightProbe({
      async open(html) {
        const opened = await host.open(html);
        return { ...opened, window: { ...opened.window, webContents: { executeJavaScript: () => Promise.reject(new Error('Script failed to execute')) } } };
      },
    });
    const doc = { documentOf: (pages: string) => `<html><body>${pages}</body></html>`, pages: [{ html: '<p>not a print document</p>', images: [] }] };
    await expect(probe.measure(doc)).rejects.toThrow('Script failed to execute');
    expect(closed).toHaveLength(1);
  }, 60_000);
});
