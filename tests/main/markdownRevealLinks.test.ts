import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckToMarkdown } from '../../src-shared/markdown';
import { TRICKY_TEXTS, trickyDeck } from '../shared/trickyTexts';
import { launchChromium } from './exportTestKit';

/**
 * The exported Markdown in reveal.js 6's own markdown plugin (marked, GFM on, which links bare addresses), in
 * Chromium with every request refused: only the links the user wrote as https: or mailto: links are links.
 */
const reveal = readFileSync('node_modules/reveal.js/dist/reveal.js', 'utf8');
const markdownPlugin = readFileSync('node_modules/reveal.js/dist/plugin/markdown.js', 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function renderInReveal(markdown: string): Promise<{ hrefs: string[]; slideTexts: string[]; requests: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(
    `<!doctype html><html><body><div class="reveal"><div class="slides"><section data-markdown><script type="text/template">${markdown.replace(/<\/script/gi, '<\\/script')}</script></section></div></div>` +
      `<script>${reveal}</script><script>${markdownPlugin}</script>` +
      `<script>window.ready = Reveal.initialize({ plugins: [RevealMarkdown], hash: false }).then(() => true);</script></body></html>`,
  );
  await page.waitForFunction('window.ready && Reveal.isReady()');
  const found = await page.evaluate(() => ({
    hrefs: [...document.querySelectorAll('.reveal .slides a')].map((a) => a.getAttribute('href') ?? ''),
    slideTexts: [...document.querySelectorAll('.reveal .slides > section')].map((s) => {
      const clone = s.cloneNode(true) as Element;
      clone.querySelector('aside.notes')?.remove();
      return clone.textContent ?? '';
    }),
  }));
  await page.close();
  return { ...found, requests };
}

describe('links in exported Markdown, as reveal.js renders it', () => {
  it('a bare address is text, written links to https: and mailto: stay links, and the text reads as typed', async () => {
    const texts = TRICKY_TEXTS.filter((t) => /https?:|www\.|@/.test(t));
    const { hrefs, slideTexts, requests } = await renderInReveal(deckToMarkdown(trickyDeck(texts), { audience: true }));
    expect(requests).toEqual([]);
    // Each slide that holds the kept-link text once (bullets, section, table, quote) has its three links; nothing else.
    const kept = ['https://example.org/report', 'mailto:desk@example.org', 'https://example.org/auto'];
    expect([...new Set(hrefs)].sort()).toEqual([...kept].sort());
    for (const h of hrefs) expect(h).toMatch(/^(https:\/\/|mailto:)/);
    const section = (t: string): string => slideTexts[1 + texts.indexOf(t)];
    expect(section(texts.find((t) => t.startsWith('bare'))!)).toContain('bare http://example.org/a?b=1&c=2 and https://example.org/x_(y) and ftp://files.example.org');
    expect(section(texts.find((t) => t.startsWith('www'))!)).toContain('www.example.org and analyst@example.org and mailto:desk@example.org');
  }, 60_000);
});
