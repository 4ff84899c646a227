import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeckSchema, type Deck } from '../../src-shared/deck';
import { deckToMarkdown, inlineToPlainText, markdownToDeck } from '../../src-shared/markdown';
import { hostileEverywhereDeck } from '../shared/hostileEverywhereDeck';
import { launchChromium } from './exportTestKit';

/**
 * The exported Markdown, loaded by reveal.js 6's own Markdown plugin in Chromium (no network): the slides, titles,
 * notes, fragments, nested lists, tables and slide attributes come out as reveal.js reads them.
 */
const reveal = readFileSync('node_modules/reveal.js/dist/reveal.js', 'utf8');
const markdownPlugin = readFileSync('node_modules/reveal.js/dist/plugin/markdown.js', 'utf8');
const sample = (): Deck => DeckSchema.parse(JSON.parse(readFileSync('tests/fixtures/markdown/export-sample.briefdeck', 'utf8')));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

interface SlideView {
  heading: string;
  layout: string | null;
  notes: string;
  fragments: number;
  nestedDepth: number;
  tableRows: number;
  text: string;
}

async function loadInReveal(markdown: string): Promise<{ slides: SlideView[]; total: number; requests: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  const template = markdown.replace(/<\/script/gi, '<\\/script');
  await page.setContent(
    `<!doctype html><html><body><div class="reveal"><div class="slides"><section data-markdown><script type="text/template">${template}</script></section></div></div>` +
      `<script>${reveal}</script><script>${markdownPlugin}</script>` +
      `<script>window.ready = Reveal.initialize({ plugins: [RevealMarkdown], hash: false, postMessage: false, postMessageEvents: false }).then(() => true);</script></body></html>`,
  );
  await page.waitForFunction('window.ready && Reveal.isReady()');
  const result = await page.evaluate(() => {
    const sections = [...document.querySelectorAll('.reveal .slides > section')];
    const depth = (el: Element): number => Math.max(0, ...[...el.querySelectorAll(':scope > li > ul, :scope > li > ol')].map((l) => 1 + depth(l)));
    return {
      total: (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides(),
      slides: sections.map((s) => {
        const clone = s.cloneNode(true) as Element;
        clone.querySelector('aside.notes')?.remove();
        const lists = [...s.querySelectorAll(':scope > ul, :scope > ol')];
        return {
          heading: s.querySelector('h1, h2')?.textContent?.trim() ?? '',
          layout: s.getAttribute('data-layout'),
          notes: s.querySelector('aside.notes')?.textContent?.trim() ?? '',
          fragments: s.querySelectorAll('.fragment').length,
          nestedDepth: Math.max(0, ...lists.map(depth)),
          tableRows: s.querySelectorAll('table tbody tr').length,
          text: clone.textContent ?? '',
        };
      }),
    };
  });
  await page.close();
  return { ...result, requests };
}

/** Loads `markdown` in reveal.js with its markdown plugin and reports what its text turned into (tags, handlers, links). */
async function renderHostile(markdown: string) {
  const page = await browser.newPage();
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  page.on('dialog', (d) => void d.dismiss());
  const template = markdown.replace(/<\/script/gi, '<\\/script');
  await page.setContent(
    `<!doctype html><html><body><div class="reveal"><div class="slides"><section data-markdown><script type="text/template">${template}</script></section></div></div>` +
      `<script>${reveal}</script><script>${markdownPlugin}</script>` +
      `<script>window.ready = Reveal.initialize({ plugins: [RevealMarkdown], hash: false }).then(() => true);</script></body></html>`,
  );
  await page.waitForFunction('window.ready && Reveal.isReady()');
  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll('.reveal .slides *')];
    return {
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      tags: [...new Set(all.map((e) => e.tagName.toLowerCase()))],
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName} ${a.name}`)),
      links: all.filter((e) => e.hasAttribute('href') || e.hasAttribute('src')).map((e) => e.getAttribute('href') ?? e.getAttribute('src')),
      text: document.querySelector('.reveal .slides')?.textContent ?? '',
    };
  });
  await page.close();
  return { ...found, requests };
}

describe('exported Markdown in reveal.js 6 (markdown plugin)', () => {
  it('shows every visible slide with its title, notes, fragments, nested bullets and table, and no comment text', async () => {
    const deck = sample();
    const { slides, total, requests } = await loadInReveal(deckToMarkdown(deck));
    expect(requests).toEqual([]);
    const visible = deck.slides.filter((s) => !s.hidden);
    expect(total).toBe(visible.length); // data-visibility="hidden" slides are left out by reveal.js
    expect(slides.map((s) => s.heading)).toEqual(visible.map((s) => inlineToPlainText(s.title)));
    expect(slides.map((s) => s.layout)).toEqual(visible.map((s) => s.layout));
    visible.forEach((s, i) => {
      if (s.notes) expect(slides[i].notes).toContain(s.notes.split('\n')[0]);
      else expect(slides[i].notes).toBe('');
      expect(slides[i].text).not.toMatch(/\.slide:|\.element:|\.deck:|data-citations/);
    });
    const bullets = visible.findIndex((s) => s.id === 'hamas');
    expect(slides[bullets].nestedDepth).toBe(2);
    expect(slides[bullets].fragments).toBe(1);
    expect(slides[visible.findIndex((s) => s.id === 'bluf')].fragments).toBe(2);
    expect(slides[visible.findIndex((s) => s.id === 'table')].tableRows).toBe(3);
    // Escaped lines read as typed, not as Markdown syntax: the "1." bullet is not a numbered list.
    expect(slides[bullets].text).toContain('1. Not a numbered item');
    expect(slides[visible.findIndex((s) => s.id === 'bluf')].notes).toContain('Note: the second judgment');
  }, 60_000);

  it('an audience copy shows no notes in reveal.js', async () => {
    const { slides } = await loadInReveal(deckToMarkdown(sample(), { audience: true }));
    expect(slides.every((s) => s.notes === '')).toBe(true);
  }, 60_000);

  it('keeps a hostile deck inert in reveal.js too: no tag, handler, script link or image request from its text', async () => {
    const { deck } = markdownToDeck(readFileSync('tests/fixtures/markdown/hostile.md', 'utf8'));
    deck.slides[1] = { ...deck.slides[1], notes: '<img src=x onerror="window.__pwned=1"> [n](javascript:alert(1)) ![p](https://evil.example/n.gif)' };
    const found = await renderHostile(deckToMarkdown(deck));
    const requests = found.requests;
    expect(found.pwned).toBeUndefined();
    expect(requests).toEqual([]);
    for (const bad of ['script', 'img', 'svg', 'iframe', 'object', 'embed', 'meta', 'form', 'style', 'noscript', 'b']) expect(found.tags, bad).not.toContain(bad);
    expect(found.handlers).toEqual([]);
    for (const link of found.links) expect(link).toMatch(/^(https:\/\/|mailto:)/);
    expect(found.text).toContain('<script>window.__pwned=1</script>');
    expect(found.text).toContain('[click me](javascript:alert(1))');
  }, 60_000);

  it('a payload in EVERY field (judgment likelihood, confidence basis, portion marks, ids, dates, cells, notes, metadata, sources...) stays inert', async () => {
    for (const audience of [false, true]) {
      const found = await renderHostile(deckToMarkdown(hostileEverywhereDeck(), { audience }));
      expect(found.pwned).toBeUndefined();
      expect(found.requests).toEqual([]);
      for (const bad of ['script', 'img', 'iframe', 'object', 'embed', 'style']) expect(found.tags, bad).not.toContain(bad);
      expect(found.handlers).toEqual([]);
      for (const link of found.links) expect(link).toMatch(/^(https:\/\/|mailto:)/);
      expect(found.text).toContain('JUDGMENT almost ce<img src=x onerror="__pwned=1"> Both capitals'); // likelihood shown as typed, before the text
      expect(found.text).toContain('Confidence: high. Basis: one article'); // the confidence sentence, apart
      expect(found.text).toContain('JUDGMENT');
    }
  }, 60_000);
});
