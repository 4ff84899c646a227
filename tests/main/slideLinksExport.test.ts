import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Deck, Slide } from '../../src-shared/deck';
import { resolveExportOptions, type ExportOptionsInput } from '../../src-shared/export';
import { planPdfPages } from '../../src-shared/print';
import { exportDeck } from '../../src-main/services/export/exportDeck';
import { runPdfExport } from '../../src-main/services/export/pdf/runPdfExport';
import { exportHtml } from '../../src-main/services/export/exportHtml';
import { exportPptx } from '../../src-main/services/export/pptx/exportPptx';
import { ChromiumPrinter } from '../../src-main/services/export/pdf/chromiumPrinter';
import { loadSmallDeck } from '../shared/deckFixture';
import { artifactDir, launchChromium } from './exportTestKit';
import { readPptx } from './pptxPackageReader';

/** The small deck (5 slides) with "Back to BLUF" on slide 5 linking to slide 2 (`s-bluf`), and a hostile link beside it. */
function linkedDeck(): Deck {
  const deck = structuredClone(loadSmallDeck());
  const limits = deck.slides[4] as Extract<Slide, { layout: 'bullets' }>;
  limits.bullets[0] = { ...limits.bullets[0], fragment: false, text: '[Back to BLUF](#slide:s-bluf) and [x](#slide:"><script>window.__pwned=1</script>)' };
  return deck;
}

const printer = new ChromiumPrinter();
let dir: string;
beforeAll(() => {
  dir = artifactDir('slide-links');
});
afterAll(() => printer.close());

/** Each page's web and mailto links (URI actions), as "page URI". */
async function uriLinks(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.getPages().flatMap((p, page) => {
    const annots = p.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    const out: string[] = [];
    for (let i = 0; annots && i < annots.size(); i++) {
      const uri = annots.lookup(i, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString);
      if (uri) out.push(`${page} ${uri.decodeText()}`);
    }
    return out;
  });
}

/** Each page's internal links (GoTo / named destinations), as the 0-based index of the page they go to. */
async function internalLinks(pdf: Uint8Array): Promise<{ page: number; to: number }[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = doc.getPages();
  const indexOfRef = (ref: PDFObject | undefined) => pages.findIndex((p) => p.ref === ref);
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const nameTree = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const resolveName = (name: string): number => {
    const fromDict = dests?.lookupMaybe(PDFName.of(name), PDFArray);
    if (fromDict) return indexOfRef(fromDict.get(0));
    const names = nameTree?.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; names && i < names.size(); i += 2) {
      const key = names.lookup(i) as PDFString | PDFHexString;
      if (key.decodeText() === name) return indexOfRef((names.lookup(i + 1) as PDFArray).get(0));
    }
    return -2;
  };
  const toIndex = (dest: PDFObject | undefined): number => {
    const d = dest instanceof PDFRef ? doc.context.lookup(dest) : dest;
    if (d instanceof PDFName) return resolveName(d.decodeText());
    if (d instanceof PDFString || d instanceof PDFHexString) return resolveName(d.decodeText());
    if (d instanceof PDFArray) return indexOfRef(d.get(0));
    return -3;
  };
  const out: { page: number; to: number }[] = [];
  pages.forEach((p, page) => {
    const annots = p.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; annots && i < annots.size(); i++) {
      const a = annots.lookup(i, PDFDict);
      if (a.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const action = a.lookupMaybe(PDFName.of('A'), PDFDict);
      if (action?.get(PDFName.of('S')) === PDFName.of('URI')) { out.push({ page, to: -1 }); continue; }
      out.push({ page, to: toIndex(a.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D'))) });
    }
  });
  return out;
}

/** The 0-based index of the first page showing deck slide `slide` in the export's page plan. */
function firstPageOf(deck: Deck, options: ExportOptionsInput, slide: number): number {
  return planPdfPages(deck, resolveExportOptions({ ...options, format: 'pdf' })).findIndex((p) => (p.kind === 'handout' ? p.cells.some((c) => c.slide === slide) : p.kind === 'slide' && p.slide === slide));
}

describe('a link to a slide in every export', () => {
  const cases: [string, ExportOptionsInput][] = [
    ['slides-16x9', {}],
    ['slides-a4', { paper: 'a4' }],
    ['notes', { pdfLayout: 'notes' }],
    ['handout-2', { pdfLayout: 'handout', handoutPerPage: 2 }],
  ];
  test.each(cases)('PDF %s: the link on slide 5 is a GoTo to the page of slide 2', async (name, options) => {
    const deck = linkedDeck();
    const pdf = (await exportDeck(deck, resolveExportOptions({ ...options, format: 'pdf' }), printer)).output as Uint8Array;
    writeFileSync(join(dir, `${name}.pdf`), pdf);
    const links = await internalLinks(pdf);
    const from = firstPageOf(deck, options, 4);
    const to = firstPageOf(deck, options, 1);
    expect(to).toBeGreaterThanOrEqual(0);
    expect(links.filter((l) => l.page === from && l.to === to).length).toBeGreaterThanOrEqual(1);
    // The hostile link stays text: no URI link, and no internal link that goes nowhere.
    expect(links.filter((l) => l.to < 0)).toEqual([]);
  }, 120_000);

  test('PPTX: the run is a slide jump (hlinksldjump) to slide 2 in the slide relationships', async () => {
    const pptx = await readPptx(await exportPptx(linkedDeck()));
    const xml = pptx.slides[4];
    const click = /<a:hlinkClick r:id="(rId\d+)"[^>]*action="ppaction:\/\/hlinksldjump"/.exec(xml);
    expect(click, xml.slice(0, 400)).not.toBeNull();
    const rel = new RegExp(`<Relationship Id="${click![1]}"[^>]*/>`).exec(pptx.slideRels[4])![0];
    expect(rel).toMatch(/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/slide"/);
    expect(rel).toMatch(/Target="slide2\.xml"/); // relative to ppt/slides/
    expect(xml).not.toContain('<script');
    expect(pptx.slideRels.join('')).not.toMatch(/javascript:|#slide:/);
  });

  describe('HTML', () => {
    let browser: Browser;
    beforeAll(async () => { browser = await launchChromium(); }, 60_000);
    afterAll(async () => browser?.close());

    test('the link is an anchor to slide 2 and a click goes there, with nothing run', async () => {
      const file = join(dir, 'linked.html');
      writeFileSync(file, exportHtml(linkedDeck()));
      const url = `file://${file}`;
      const context = await browser.newContext();
      await context.route('**/*', (route) => (route.request().url().split('?')[0] === url ? route.continue() : route.abort()));
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => (window as any).Reveal?.isReady());
      await page.evaluate(() => (window as any).Reveal.slide(4));
      const link = page.locator('section[data-slide-id="s-limits"] a.bd-slide-link');
      await expect.poll(() => link.getAttribute('href')).toBe('#slide-s-bluf');
      expect(await page.locator('#slide-s-bluf').getAttribute('data-slide-id')).toBe('s-bluf');
      await link.click();
      await expect.poll(() => page.evaluate(() => (window as any).Reveal.getIndices().h)).toBe(1);
      expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
      await context.close();
    }, 60_000);
  });

  describe('a deck printed in chunks (merged with pdf-lib)', () => {
    /** The linked deck with a web and a mail link beside the slide link, and a sources slide for the endnotes. */
    function chunkedDeck(): Deck {
      const deck = linkedDeck();
      const limits = deck.slides[4] as Extract<Slide, { layout: 'bullets' }>;
      limits.bullets[0].text = '[Back to BLUF](#slide:s-bluf), [the report](https://example.org/report) and [the desk](mailto:desk@example.org)';
      deck.slides.push({ id: 's-sources', title: 'Sources', layout: 'sources', notes: '', citations: [], argumentIds: [], hidden: false } as unknown as Slide);
      return deck;
    }
    const layouts: [string, ExportOptionsInput][] = [
      ['slides', {}],
      ['notes', { pdfLayout: 'notes' }],
    ];
    test.each(layouts)('%s: every link of the one-print PDF is in the merged PDF, jumps remapped to the right page', async (name, input) => {
      const deck = chunkedDeck();
      const options = resolveExportOptions({ ...input, format: 'pdf' });
      const whole = await runPdfExport(deck, options, printer);
      // Two pages a chunk: the slide link on slide 5 and its target, slide 2, print in different chunks, and so do
      // the endnote markers of slides 2–4 and the sources slide.
      const merged = await runPdfExport(deck, options, printer, { forceChunkPages: 2 });
      writeFileSync(join(dir, `chunked-${name}.pdf`), merged.pdf);
      expect(merged.chunks).toBeGreaterThanOrEqual(3);
      expect(merged.pageCount).toBe(whole.pageCount);
      const links = await internalLinks(merged.pdf);
      const sources = firstPageOf(deck, input, 5);
      expect(links).toContainEqual({ page: firstPageOf(deck, input, 4), to: firstPageOf(deck, input, 1) });
      for (const slide of [1, 2, 3]) expect(links).toContainEqual({ page: firstPageOf(deck, input, slide), to: sources });
      expect(links.filter((l) => l.to < -1)).toEqual([]); // -1: a web link; below: a jump that goes nowhere
      const byPage = (l: { page: number; to: number }[]) => l.map((x) => `${x.page}->${x.to}`).sort();
      expect(byPage(links)).toEqual(byPage(await internalLinks(whole.pdf)));
      const uris = await uriLinks(merged.pdf);
      expect(uris).toEqual(expect.arrayContaining([`${firstPageOf(deck, input, 4)} https://example.org/report`, `${firstPageOf(deck, input, 4)} mailto:desk@example.org`]));
      expect(uris.some((u) => u.startsWith(`${sources} https://mei.edu/`))).toBe(true);
      expect(uris.sort()).toEqual((await uriLinks(whole.pdf)).sort());
    }, 180_000);
  });
});
