/**
 * Review comments in exports: no export format shows a comment's text or its metadata (author, reply, resolver),
 * neither a normal copy nor an audience copy; a review copy PDF prints them on a page after their slide, and an
 * audience copy never does, even when a review copy is asked for. A branded deck's PPTX has a slide master with
 * the logo. Real exporters, real Chromium printing, pdftotext.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { resolveExportOptions } from '../../src-shared/export';
import { countPdfPages } from '../../src-shared/print';
import { exportDeck } from '../../src-main/services/export/exportDeck';
import { deckOf, pageTexts, pdfCaseRunner, pdfImages, solidPngDataUrl, wordBoxes } from './exportCasesKit';
import { readPptx } from './pptxPackageReader';
import { parseCliArgs } from '../../src-main/cli/parseCliArgs';

const SECRET = ['Zanzibarcomment', 'Quetzalreviewer', 'Marzipanreply', 'Okapiresolver'];
const DECK = deckOf({
  brand: { name: 'Ministry', colours: { accent: '#c8102e' }, logo: { src: solidPngDataUrl(200, 60, [200, 16, 46]), width: 200, height: 60, corner: 'top-right', alt: 'Ministry logo' }, titleSlide: 'band' },
  slides: [
    { id: 't', layout: 'title', title: 'Opening', notes: 'Opening notes.' },
    { id: 'b', layout: 'bullets', title: 'Points on the talks between Ankara and Tehran and the aid deliveries of this week', bullets: [{ text: 'First point' }], notes: 'Points notes.' },
  ],
  comments: [
    { id: 'c1', slideId: 'b', field: 'bullets[0]', author: SECRET[1], at: '2026-12-08T03:40:00Z', text: `Check ${SECRET[0]} here`, replies: [{ id: 'r1', author: 'Analyst', at: '2026-12-08T03:45:00Z', text: `Done ${SECRET[2]}` }], resolved: true, resolvedBy: SECRET[3], resolvedAt: '2026-12-08T03:50:00Z' },
  ],
});
const run = pdfCaseRunner('review-comments');
afterAll(() => run.close());

const text = (output: string | Uint8Array) => (typeof output === 'string' ? output : Buffer.from(output).toString('latin1'));

describe('review comments never leave the deck unless a review copy asks', () => {
  for (const audience of [false, true]) {
    for (const format of ['html', 'md', 'pptx'] as const) {
      test(`${format}${audience ? ' audience copy' : ''}: no comment text, author, reply or resolver anywhere in the file`, async () => {
        const { output } = await exportDeck(DECK, resolveExportOptions({ format, audience }), undefined);
        const all = format === 'pptx' ? Object.values((await readPptx(output as Uint8Array)).files).join('\n') : text(output);
        for (const word of SECRET) expect(all).not.toContain(word);
        expect(all).toContain('First point');
      });
    }
  }

  test('pdf, normal and audience copy: no comment text; a review copy prints them after their slide; an audience review copy does not', async () => {
    for (const options of [{}, { audience: true }, { audience: true, reviewComments: true }]) {
      const result = await exportDeck(DECK, resolveExportOptions({ format: 'pdf', ...options }), run.printer);
      const path = `${run.dir}/plain-${Object.keys(options).join('-') || 'normal'}.pdf`;
      writeFileSync(path, result.output);
      const pages = pageTexts(path);
      expect(pages).toHaveLength(2);
      for (const word of SECRET) expect(pages.join('\n')).not.toContain(word);
    }
    const review = resolveExportOptions({ format: 'pdf', reviewComments: true });
    const result = await exportDeck(DECK, review, run.printer);
    const path = `${run.dir}/review-copy.pdf`;
    writeFileSync(path, result.output);
    const pages = pageTexts(path);
    expect(pages).toHaveLength(countPdfPages(DECK, review));
    expect(pages).toHaveLength(3);
    expect(pages[1]).toContain('First point');
    expect(pages[2]).toContain('Review comments · slide 2 of 2');
    for (const word of SECRET) expect(pages[2]).toContain(word);
    // The logo is printed on both slide pages.
    const logoPages = new Set(pdfImages(path).map((i) => i.page));
    expect(logoPages.has(1) && logoPages.has(2)).toBe(true);
    // The logo (200 × 60 px, drawn at most 52 px high, top right: x 1035–1208 px, y 36–88 px of the 1280 px slide;
    // 0.75 pt a px) covers no word: the long title wraps left of it or starts below it, and the banner stays above.
    const logo = { x0: 1035 * 0.75, x1: 1208 * 0.75, y1: 88 * 0.75 };
    const words = wordBoxes(path, 2).filter((w) => !['UNCLASSIFIED', '//', 'TEST'].includes(w.word));
    expect(words.map((w) => w.word)).toContain('deliveries');
    for (const w of words) expect(w.xMax > logo.x0 && w.xMin < logo.x1 && w.yMin < logo.y1, `${w.word} under the logo`).toBe(false);
  });

  test('the CLI: --review-copy asks for a review copy PDF, and only with --format pdf', () => {
    expect(parseCliArgs(['export', 'd.briefdeck', '--format', 'pdf', '--review-copy', '--out', 'r.pdf'])).toMatchObject({ pdf: { reviewComments: true } });
    expect(parseCliArgs(['export', 'd.briefdeck', '--format', 'pdf', '--out', 'r.pdf'])).not.toHaveProperty('pdf');
    expect(() => parseCliArgs(['export', 'd.briefdeck', '--format', 'html', '--review-copy', '--out', 'r.html'])).toThrow('--review-copy applies to --format pdf only');
  });

  test('pptx: a slide master carries the logo and every slide uses it', async () => {
    const { output } = await exportDeck(DECK, resolveExportOptions({ format: 'pptx' }), undefined);
    const pptx = await readPptx(output as Uint8Array);
    const layouts = Object.entries(pptx.files).filter(([name]) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name));
    const master = layouts.find(([, xml]) => xml.includes('BRIEFDECK_BRAND'));
    expect(master).toBeDefined();
    expect(master?.[1]).toContain('<p:pic>');
    const masterFile = master?.[0].split('/').pop();
    for (const rels of pptx.slideRels) expect(rels).toContain(`slideLayouts/${masterFile}`);
  });
});
