import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { applyTemplate } from '../../src-shared/commands/applyTemplate';
import type { Deck } from '../../src-shared/deck';
import { renderDeckHtml, visibleSlides } from '../../src-shared/render';
import { defaultTemplatesDir } from '../../src-main/services/templates/defaultTemplatesDir';
import { loadTemplateLibrary } from '../../src-main/services/templates/templateLibrary';
import { artifactDir, ensureBuiltCli, launchChromium, poppler, runCli } from './exportTestKit';

let dir: string;
let deck: Deck;
let titles: string[];
let titleMarks: string[];
let bareTitles: string[];
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  ensureBuiltCli();
  dir = artifactDir('cli-export');
  const library = await loadTemplateLibrary(defaultTemplatesDir());
  deck = applyTemplate(library.templates.find((t) => t.id === 'full-briefing')!, library.argumentMaps);
  const doc = new JSDOM(renderDeckHtml(deck)).window.document;
  // The portion mark before a title is a smaller run, which pdftotext may place apart from the title: the title and
  // its mark are looked for on the page separately.
  titles = [...doc.querySelectorAll('section h2')].map((h) => norm(h.textContent ?? ''));
  bareTitles = [...doc.querySelectorAll('section h2')].map((h) => norm([...h.childNodes].filter((n) => !(n as Element).classList?.contains('bd-portion')).map((n) => n.textContent).join('')));
  titleMarks = [...doc.querySelectorAll('section h2')].map((h) => h.querySelector('.bd-portion')?.textContent ?? '');
  for (const [format, extra] of [['pdf', []], ['html', []], ['pdf', ['--audience']], ['html', ['--audience']]] as const) {
    const out = join(dir, `full-briefing${extra.length ? '-audience' : ''}.${format}`);
    const r = runCli(['export', '--template', 'full-briefing', '--format', format, '--out', out, ...extra]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^wrote .*full-briefing.*\\.${format} \\(\\d+ (pages|slides), \\d+ ms\\)\\n$`));
  }
}, 300_000);

describe('briefdeck export --template full-briefing --format pdf', () => {
  const pdf = () => join(dir, 'full-briefing.pdf');

  test('one 16:9 page (13.333 × 7.5 in) per visible slide, with title, author, subject and keywords set', () => {
    const info = poppler('pdfinfo', [pdf()]);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(visibleSlides(deck).length);
    expect(info).toMatch(/Page size:\s+960 x 540 pts/);
    expect(info).toContain(`Title:           ${deck.title}`);
    if (deck.author !== '') expect(info).toContain(`Author:          ${deck.author}`);
    expect(info).toMatch(/Subject:\s+\S/);
    expect(info).toMatch(/Keywords:\s+UNCLASSIFIED/);
  });

  test('pdftotext finds every slide title, each on its own page, and the banner at the top and bottom of every page', () => {
    const pages = poppler('pdftotext', [pdf(), '-']).split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(titles.length);
    bareTitles.forEach((title, i) => expect(norm(pages[i])).toContain(title));
    titleMarks.forEach((mark, i) => expect(pages[i]).toContain(mark));
    for (const page of pages) expect(page.split(deck.classification.text).length - 1).toBe(2);
  });

  test('pdffonts lists only embedded fonts, the bundled Noto families in regular and bold', () => {
    const rows = poppler('pdffonts', [pdf()]).split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe('yes');
    const names = rows.map((r) => r.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
    expect(names).toEqual(expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold', 'NotoSerif-Bold']));
  });

  test('the outline has one entry per slide, in slide order', async () => {
    const doc = await PDFDocument.load(readFileSync(pdf()), { updateMetadata: false });
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const entries: string[] = [];
    const walk = (ref: unknown) => {
      for (let node = ref instanceof PDFRef ? doc.context.lookup(ref, PDFDict) : undefined; node; ) {
        const title = node.get(PDFName.of('Title'));
        entries.push(title && 'decodeText' in title ? norm((title as unknown as { decodeText(): string }).decodeText()) : '');
        walk(node.get(PDFName.of('First')));
        const next = node.get(PDFName.of('Next'));
        node = next instanceof PDFRef ? doc.context.lookup(next, PDFDict) : undefined;
      }
    };
    walk(outlines.get(PDFName.of('First')));
    // Chromium joins a title's wrapped lines without a space: compare without whitespace.
    const squash = (t: string) => t.replace(/\s+/g, '');
    expect(entries.map(squash)).toEqual(titles.map(squash));
  });

  test('endnote markers are internal links to the sources page', async () => {
    const doc = await PDFDocument.load(readFileSync(pdf()), { updateMetadata: false });
    const pages = doc.getPages();
    const target = doc.catalog.lookup(PDFName.of('Dests'), PDFDict).lookup(PDFName.of('sources'), PDFArray);
    expect(target.get(0)).toBe(pages.at(-1)!.ref);
    const annots = pages[1].node.lookup(PDFName.of('Annots'), PDFArray);
    const links = Array.from({ length: annots.size() }, (_, i) => annots.lookup(i, PDFDict));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(String(link.get(PDFName.of('Dest')))).toBe('/sources');
  });

  test('an audience copy has no speaker notes in its text or metadata', () => {
    const noteSample = deck.slides.find((s) => s.notes.trim() !== '')!.notes.split(/[.\n]/)[0].trim();
    expect(noteSample.length).toBeGreaterThan(10);
    const text = poppler('pdftotext', [join(dir, 'full-briefing-audience.pdf'), '-']) + poppler('pdfinfo', [join(dir, 'full-briefing-audience.pdf')]);
    expect(norm(text)).not.toContain(norm(noteSample));
    const html = readFileSync(join(dir, 'full-briefing-audience.html'), 'utf8');
    expect(html).not.toContain(noteSample);
    expect(readFileSync(join(dir, 'full-briefing.html'), 'utf8')).toContain(noteSample);
  });
});

describe('briefdeck export --format html, opened from file:// with every request refused', () => {
  test('shows every slide and attempts zero requests besides the file itself', async () => {
    const file = join(dir, 'full-briefing.html');
    const url = `file://${file}`;
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      const requests: string[] = [];
      context.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
      await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto(url);
      await page.waitForFunction(() => (window as any).Reveal?.isReady());
      expect(await page.evaluate(() => (window as any).Reveal.getTotalSlides())).toBe(titles.length);
      for (let i = 0; i < titles.length; i++) {
        await page.evaluate((n) => (window as any).Reveal.slide(n, 0, 99), i);
        const section = page.locator('.slides > section.present');
        await expect.poll(async () => norm((await section.locator('h2').textContent()) ?? '')).toBe(titles[i]);
        expect(await section.isVisible()).toBe(true);
        expect(await section.locator('.bd-banner-top').textContent()).toBe(deck.classification.text);
      }
      await page.screenshot({ path: join(dir, 'html-last-slide.png') });
      const loaded = await page.evaluate(async () => (await document.fonts.load('700 20px "BD Noto Sans"', 'ğşıİ')).map((f) => f.family));
      expect(loaded).toContain('BD Noto Sans');
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
