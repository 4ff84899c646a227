import { readFileSync, writeFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DeckSchema, type Deck } from '../../src-shared/deck';
import { exportHtml } from '../../src-main/services/export/exportHtml';
import { allLayoutsDeck } from '../shared/renderFixture';
import { artifactDir, launchChromium, ROOT } from './exportTestKit';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = artifactDir('html-export');
}, 60_000);
afterAll(async () => browser?.close());

/** Opens an exported file from file:// with every other request refused; records requests, errors and dialogs. */
async function open(deck: Deck, name: string) {
  const file = join(dir, name);
  writeFileSync(file, exportHtml(deck));
  const url = `file://${file}`;
  const context = await browser.newContext();
  const foreign: string[] = [];
  const problems: string[] = [];
  context.on('request', (r) => { if (r.url().split('?')[0] !== url) foreign.push(r.url()); });
  await context.route('**/*', (route) => (route.request().url().split('?')[0] === url ? route.continue() : route.abort()));
  context.on('weberror', (e) => problems.push(`error: ${e.error().message}`));
  const page = await context.newPage();
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  await page.goto(url);
  await page.waitForFunction(() => (window as any).Reveal?.isReady());
  return { page, context, foreign, problems, url };
}

async function openSpeakerView(page: Page, context: BrowserContext): Promise<Page> {
  const popup = context.waitForEvent('page');
  await page.keyboard.press('s');
  const speaker = await popup;
  await speaker.waitForFunction(() => document.querySelectorAll('iframe').length === 2 && !!(document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').trim(), undefined, { timeout: 20_000 });
  return speaker;
}

const presentIndex = (p: Page) => p.evaluate(() => (window as any).Reveal.getIndices().h as number);

describe('exported HTML presents from file:// with its speaker view', () => {
  test('the speaker view opens, shows the notes, follows the main window, and drives it back', async () => {
    const { page, context, foreign, problems } = await open(allLayoutsDeck(), 'speaker.html');
    const speaker = await openSpeakerView(page, context);
    expect(await speaker.locator('.speaker-controls-notes .value').textContent()).toContain('Open with the question.');
    await page.evaluate(() => (window as any).Reveal.slide(1));
    await expect.poll(() => speaker.locator('.speaker-controls-notes .value').textContent(), { timeout: 10_000 }).toContain('Key point first.');
    await page.evaluate(() => (window as any).Reveal.slide(3));
    const current = speaker.frames().find((f) => /postMessageEvents=true/.test(f.url()))!;
    await expect.poll(() => current.evaluate(() => (window as any).Reveal.getIndices().h), { timeout: 10_000 }).toBe(3);
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => presentIndex(page), { timeout: 10_000 }).toBe(4);
    await speaker.screenshot({ path: join(dir, 'speaker-view.png') });
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('postMessage from a window that is not our speaker view is dropped; the speaker view is limited to its methods', async () => {
    const { page, context } = await open(allLayoutsDeck(), 'guard.html');
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.name = 'foreign';
      document.body.appendChild(frame);
    });
    const foreign = page.frames().find((f) => f.name() === 'foreign')!;
    await foreign.evaluate(() => parent.postMessage(JSON.stringify({ method: 'slide', args: [4] }), '*'));
    await page.evaluate(() => window.postMessage(JSON.stringify({ method: 'slide', args: [5] }), '*'));
    await page.waitForTimeout(300);
    expect(await presentIndex(page)).toBe(0);
    const speaker = await openSpeakerView(page, context);
    await speaker.evaluate(() => opener.postMessage(JSON.stringify({ method: 'configure', args: [{ controls: false }] }), '*'));
    await speaker.evaluate(() => opener.postMessage(JSON.stringify({ method: 'slide', args: [4] }), '*'));
    await expect.poll(() => presentIndex(page)).toBe(4);
    expect(await page.evaluate(() => (window as any).Reveal.getConfig().controls)).toBe(true);
    expect(await page.evaluate(() => window.open('https://example.org/'))).toBeNull();
    await context.close();
  });
});

describe('a payload canary never fires in the exported HTML', () => {
  test('script payloads in every field, on every slide and in the speaker view, stay inert', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>"><svg onload=window.__pwned=1> [x](javascript:window.__pwned=1)';
    const base = allLayoutsDeck();
    const deck = DeckSchema.parse(
      JSON.parse(JSON.stringify(base), (key, value) => (typeof value === 'string' && ['title', 'text', 'notes', 'quote', 'attribution', 'caption', 'heading', 'event', 'bluf', 'subtitle', 'author', 'publisher', 'label', 'role', 'alt', 'sourceLine'].includes(key) ? `${value} ${payload}` : key === 'likelihood' ? payload.slice(0, 100) : value)),
    );
    deck.slides[4] = { ...(deck.slides[4] as any), columns: [payload, payload], rows: [[payload, payload]] };
    deck.classification.text = `SECRET ${payload}`.slice(0, 200);
    const { page, context, foreign, problems } = await open(deck, 'canary.html');
    const total = await page.evaluate(() => (window as any).Reveal.getTotalSlides());
    for (let i = 0; i < total; i++) await page.evaluate((n) => (window as any).Reveal.slide(n, 0, 99), i);
    const speaker = await openSpeakerView(page, context);
    await page.evaluate(() => (window as any).Reveal.slide(1));
    await page.waitForTimeout(800);
    for (const p of [page, speaker, ...speaker.frames().slice(1)]) expect(await p.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('.slides img, .slides svg:not(.bd-map-drawing > svg.bd-map-svg), .slides script, .slides [onload], .slides [onerror]').length)).toBe(0);
    expect(context.pages()).toHaveLength(2);
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the exported HTML is accessible', () => {
  test('a built-in template has no serious or critical axe finding on a slide of each layout, and no role="application" over the slides', async () => {
    const template = JSON.parse(readFileSync(join(ROOT, 'templates', 'full-briefing.json'), 'utf8')) as { deck: unknown };
    const { page, context, foreign, problems } = await open(DeckSchema.parse(template.deck), 'axe.html');
    // Without role="application" a screen reader stays in browse mode and reads a slide line by line.
    expect(await page.locator('.reveal').getAttribute('role')).toBeNull();
    expect(await page.locator('[role="application"]').count()).toBe(0);
    const total = await page.evaluate(() => (window as any).Reveal.getTotalSlides());
    expect(total).toBeGreaterThan(5);
    const findings: string[] = [];
    const check = async (where: string, builder: AxeBuilder) => {
      const { violations } = await builder.analyze();
      for (const v of violations) {
        if (v.impact === 'serious' || v.impact === 'critical') findings.push(`${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    };
    // The whole page on the first slide (controls, progress, banner), then the first slide of each other layout, with
    // every fragment shown (one axe run a layout keeps the test fast; the slides of one layout share their markup).
    await check('slide 1', new AxeBuilder({ page }));
    const layouts = await page.evaluate(() => [...document.querySelectorAll('.slides > section')].map((s) => s.getAttribute('data-layout')));
    const firstOfLayout = layouts.map((layout, i) => (layouts.indexOf(layout) === i ? i : -1)).filter((i) => i > 0);
    expect(firstOfLayout.length).toBeGreaterThan(3);
    for (const i of firstOfLayout) {
      await page.evaluate((n) => (window as any).Reveal.slide(n, 0, 99), i);
      await expect.poll(() => page.evaluate(() => (window as any).Reveal.getIndices().h)).toBe(i);
      await check(`slide ${i + 1} (${layouts[i]})`, new AxeBuilder({ page }).include('.slides > section.present'));
    }
    expect(findings).toEqual([]);
    // The keys still drive the deck with the role gone.
    await page.evaluate(() => (window as any).Reveal.slide(0));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => (window as any).Reveal.getIndices().h)).toBe(1);
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
