/**
 * : audience copies, theme backgrounds, images,
 * embedded fonts, right-to-left lists, zero requests. Real Chromium printing; pdftotext, pdfinfo, pdffonts,
 * pdfimages and pdftoppm pixels.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, test } from 'vitest';
import type { Deck } from '../../src-shared/deck';
import { THEMES } from '../../src-shared/deck';
import { exportHtml } from '../../src-main/services/export/exportHtml';
import { PdfExportError } from '../../src-main/services/export/pdf/index';
import { allLayoutsDeck, deckOf, pageTexts, pdfCaseRunner, pdfFonts, pdfImages, pdfInfo, pixelAt, solidPngDataUrl, wordBoxes } from './exportCasesKit';
import { launchChromium } from './exportTestKit';

const run = pdfCaseRunner('export-fidelity');
afterAll(() => run.close());

const LAYOUTS = [
  { pdfLayout: 'slides', paper: '16:9' },
  { pdfLayout: 'slides', paper: 'a4' },
  { pdfLayout: 'notes', paper: 'letter' },
  { pdfLayout: 'handout', handoutPerPage: 3, paper: 'a4' },
  { pdfLayout: 'handout', handoutPerPage: 6, paper: '16:9' },
] as const;
const nameOf = (o: (typeof LAYOUTS)[number]) => `${o.pdfLayout}-${o.paper.replace(':', 'x')}${'handoutPerPage' in o ? `-${o.handoutPerPage}` : ''}`;

function liaisonDeck(): Deck {
  const deck = allLayoutsDeck();
  deck.slides[1].notes = 'Internal: liaison contact. Do not share.';
  deck.slides[2].notes = 'Ask the Liaison desk first.';
  return deck;
}

describe('an audience copy, as HTML and as PDF in every layout, has no speaker notes and no hidden slides', () => {
  test('HTML: the source has no "liaison" and no hidden slide', () => {
    const html = exportHtml(liaisonDeck(), { audience: true });
    expect(html.toLowerCase()).not.toContain('liaison');
    expect(html).not.toContain('Backup slide');
    expect(exportHtml(liaisonDeck(), {}).toLowerCase()).toContain('liaison');
  });

  for (const o of LAYOUTS) {
    test(`PDF ${nameOf(o)}: text and metadata have no "liaison" (the same export without audience has it where notes print)`, async () => {
      const { path } = await run.pdf(`e7-${nameOf(o)}.pdf`, liaisonDeck(), { ...o, audience: true, includeHidden: true });
      const text = pageTexts(path).join(' ').toLowerCase();
      expect(text).not.toContain('liaison');
      expect(text).not.toContain('backup slide');
      const meta = `${pdfInfo(path).raw}\n${execFileSync('pdfinfo', ['-meta', path], { encoding: 'utf8' })}`.toLowerCase();
      expect(meta).not.toContain('liaison');
      if (o.pdfLayout === 'notes' || ('handoutPerPage' in o && o.handoutPerPage === 3)) {
        const { path: full } = await run.pdf(`e7-${nameOf(o)}-full.pdf`, liaisonDeck(), { ...o });
        expect(pageTexts(full).join(' ').toLowerCase()).toContain('liaison');
      }
    });
  }
});

describe('four slides in the dark theme: every page carries the theme background', () => {
  test('a pixel near the left edge, half-way down, is the dark background (#121821) on every page', async () => {
    const dark = deckOf({ theme: 'briefing-dark', slides: ['One', 'Two', 'Three', 'Four'].map((t, i) => ({ id: `d${i}`, layout: 'section' as const, title: t })) });
    for (const paper of ['16:9', 'a4'] as const) {
      const { path } = await run.pdf(`e9-dark-${paper.replace(':', 'x')}.pdf`, dark, { paper });
      const { pages } = pdfInfo(path);
      expect(pages).toBe(4);
      for (let p = 1; p <= pages; p++) {
        const [r, g, b] = pixelAt(path, p, 0.02, 0.5);
        expect(Math.abs(r - 0x12) + Math.abs(g - 0x18) + Math.abs(b - 0x21), `page ${p} on ${paper}: ${r},${g},${b}`).toBeLessThan(24);
      }
    }
  });
});

describe('a local PNG as a "contain" background image', () => {
  const withImage = (src: string) =>
    deckOf({ slides: [{ id: 'img', layout: 'section', title: 'Map slide', background: { src, fit: 'contain', alt: 'Map' } }, { id: 'plain', layout: 'section', title: 'Plain' }] });

  for (const paper of ['16:9', 'a4'] as const) {
    test(`the image is in the PDF on its slide's page (pdfimages), and painted (${paper})`, async () => {
      const { path } = await run.pdf(`e10-${paper.replace(':', 'x')}.pdf`, withImage(solidPngDataUrl(64, 48, [220, 20, 30])), { paper });
      const images = pdfImages(path);
      expect(images.some((i) => i.page === 1 && i.width === 64 && i.height === 48)).toBe(true);
      const [r, g, b] = pixelAt(path, 1, 0.5, 0.5);
      expect(r > 180 && g < 80 && b < 80, `${r},${g},${b}`).toBe(true);
    });
  }

  test('a PNG that is not an image is an explicit error naming the slide, never a silent blank', async () => {
    const broken = withImage(`data:image/png;base64,${Buffer.from('this is not a png at all').toString('base64')}`);
    const error = await run.pdf('e10-broken.pdf', broken, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfExportError);
    expect((error as PdfExportError).slideIndex).toBe(0);
    expect((error as PdfExportError).message).toMatch(/^Slide 1 “Map slide”: its background image is not a readable PNG image/);
  });
});

describe('bundled fonts in regular and bold are embedded', () => {
  for (const o of LAYOUTS) {
    test(`${nameOf(o)}: pdffonts lists Noto Sans Regular and Bold, every font embedded`, async () => {
      const { path } = await run.pdf(`e13-${nameOf(o)}.pdf`, allLayoutsDeck(), o);
      const fonts = pdfFonts(path);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(f.embedded, f.name).toBe(true);
      expect(fonts.map((f) => f.name)).toEqual(expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold']));
    });
  }
});

describe('a nested bullet list in Persian (right to left)', () => {
  const persian = deckOf({
    language: 'fa',
    direction: 'rtl',
    slides: [{ id: 'fa', layout: 'bullets', title: 'ترکیه و ایران', bullets: [{ text: 'سطح اول', level: 0 }, { text: 'سطح دوم', level: 1 }, { text: 'سطح سوم', level: 2 }] }],
  });
  for (const o of [{ paper: '16:9' }, { paper: 'a4' }, { pdfLayout: 'handout', handoutPerPage: 1, paper: 'a4' }] as const) {
    test(`indented from the right in the PDF (${JSON.stringify(o)}): each deeper level ends further left`, async () => {
      const { path } = await run.pdf(`e14-${Object.values(o).join('-').replace(':', 'x')}.pdf`, persian, o);
      // The bullet lines, top to bottom: every bullet starts with the word "سطح" (level), which in a right-to-left line
      // is the rightmost word, so its right edge is the line's. Other Persian text on the page (the slide title, the
      // handout header's Persian page label) is not counted. poppler may write the word in visual order (reversed).
      const rows = new Map<number, number>();
      for (const w of wordBoxes(path, 1).filter((b) => b.word === 'سطح' || b.word === 'حطس')) rows.set(Math.round(w.yMin), Math.max(rows.get(Math.round(w.yMin)) ?? 0, w.xMax));
      const rightEdges = [...rows].sort((a, b) => a[0] - b[0]).map(([, x]) => x);
      expect(rightEdges).toHaveLength(3);
      const [l0, l1, l2] = rightEdges;
      expect(l1).toBeLessThan(l0 - 10);
      expect(l2).toBeLessThan(l1 - 5);
      const width = pdfInfo(path).width;
      expect(l0).toBeGreaterThan(width / 2);
    });
  }
});

describe('no network at all: every theme and layout makes zero requests', () => {
  test('PDF in every layout for every theme: the printer refused no request because none was made', async () => {
    for (const theme of THEMES) {
      const deck = { ...allLayoutsDeck(), theme };
      for (const o of LAYOUTS) await run.pdf(`e15-${theme}-${nameOf(o)}.pdf`, deck, o);
    }
    expect(run.printer.blockedRequests).toEqual([]);
  });

  test('HTML for every theme, opened in Chromium: zero requests', async () => {
    const browser = await launchChromium();
    try {
      for (const theme of THEMES) {
        const context = await browser.newContext();
        const requests: string[] = [];
        await context.route('**/*', (route) => (requests.push(route.request().url()), route.abort()));
        const page = await context.newPage();
        await page.setContent(exportHtml({ ...allLayoutsDeck(), theme }), { waitUntil: 'load' });
        await page.waitForFunction(() => document.fonts.status === 'loaded');
        expect(requests, theme).toEqual([]);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  });
});
