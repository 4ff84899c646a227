/**
 * PDF export jobs: progress, cancel, failures that name the slide, and large decks printed in
 * chunks merged with pdf-lib (outline, metadata, fonts embedded, shared images stored once). Real Chromium printing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { afterAll, describe, expect, test } from 'vitest';
import type { Deck } from '../../src-shared/deck';
import { resolveExportOptions } from '../../src-shared/export';
import { countPdfPages } from '../../src-shared/print';
import { PdfExportError, runPdfExport, type PdfProgress } from '../../src-main/services/export/pdf/index';
import type { PdfPrinter } from '../../src-main/services/export/pdf/pdfPrinter';
import { allLayoutsDeck, deckOf, pageTexts, pdfCaseRunner, pdfFonts, pdfImages, pdfInfo, solidPngDataUrl } from './exportCasesKit';

const run = pdfCaseRunner('export-jobs');
afterAll(() => run.close());

function imageDeck(n: number): Deck {
  const src = solidPngDataUrl(320, 180, [40, 90, 160]);
  return deckOf({
    title: 'Image-heavy deck',
    subtitle: 'Chunk test',
    slides: Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      layout: 'bullets' as const,
      title: `Slide title ${i + 1}`,
      background: { src, fit: 'contain' as const, alt: '' },
      bullets: [{ text: `Point ${i + 1} about Ankara`, level: 0 }, { text: `**Bold** point ${i + 1} about Tehran`, level: 1 }],
      notes: `Notes of slide ${i + 1}.`,
    })),
  });
}

describe('progress and cancel', () => {
  test('progress runs from rendering to done over the stated page count', async () => {
    const deck = allLayoutsDeck();
    const options = { pdfLayout: 'notes', paper: 'a4' } as const;
    const seen: PdfProgress[] = [];
    const { result } = await run.pdf('progress.pdf', deck, options, { onProgress: (p) => seen.push(p) });
    const total = countPdfPages(deck, resolveExportOptions(options));
    expect(result.pageCount).toBe(total);
    expect(seen[0]).toEqual({ stage: 'rendering', done: 0, total });
    expect(seen.some((p) => p.stage === 'printing')).toBe(true);
    expect(seen.at(-1)).toEqual({ stage: 'done', done: total, total });
  });

  test('cancelling while printing rejects with a cancelled error, and chunked prints stop between chunks', async () => {
    for (const forceChunkPages of [undefined, 4]) {
      const controller = new AbortController();
      const stages: string[] = [];
      const error = await runPdfExport(imageDeck(12), resolveExportOptions({}), run.printer, {
        signal: controller.signal,
        forceChunkPages,
        onProgress: (p) => {
          stages.push(`${p.stage}:${p.done}`);
          if (p.stage === 'printing') controller.abort();
        },
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PdfExportError);
      expect((error as PdfExportError).code).toBe('cancelled');
      expect(stages.filter((s) => s.startsWith('printing'))).toEqual(['printing:0']);
    }
  });
});

describe('a failure names the slide', () => {
  test('when one slide cannot be printed, the error names it (found by printing the slides one by one)', async () => {
    const deck = deckOf({ slides: ['Alpha', 'Bravo', 'Poison pill', 'Delta'].map((title, i) => ({ id: `p${i}`, layout: 'section' as const, title })) });
    const failing: PdfPrinter = {
      print: (html, o) => (html.includes('Poison pill') ? Promise.reject(new Error('renderer crashed')) : run.printer.print(html, o)),
    };
    const error = await runPdfExport(deck, resolveExportOptions({ paper: 'a4' }), failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfExportError);
    expect((error as PdfExportError).code).toBe('slide');
    expect((error as PdfExportError).slideIndex).toBe(2);
    expect((error as PdfExportError).message).toBe('Slide 3 “Poison pill” could not be printed: renderer crashed');
  });
});

describe('a large image deck printed in chunks and merged', () => {
  test('40 slides in 3 chunks: every page, one outline entry per slide, metadata, fonts embedded, the image stored once', async () => {
    const deck = imageDeck(40);
    const { path: single } = await run.pdf('chunks-single.pdf', deck, { paper: 'a4' });
    const { path, result } = await run.pdf('chunks-merged.pdf', deck, { paper: 'a4' }, { forceChunkPages: 15 });
    expect(result.chunks).toBe(3);
    const info = pdfInfo(path);
    expect(info.pages).toBe(40);
    expect(info.raw).toMatch(/Title:\s+Image-heavy deck/);
    expect(info.raw).toMatch(/Author:\s+Case author/);
    expect(info.raw).toMatch(/Subject:\s+Chunk test/);
    expect(info.raw).toMatch(/Keywords:\s+UNCLASSIFIED \/\/ TEST/);
    const texts = pageTexts(path);
    texts.forEach((t, i) => expect(t).toContain(`Slide title ${i + 1}`));
    const fonts = pdfFonts(path);
    for (const f of fonts) expect(f.embedded, f.name).toBe(true);
    expect(fonts.map((f) => f.name)).toEqual(expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold']));
    const doc = await PDFDocument.load(readFileSync(path));
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect((outlines.get(PDFName.of('Count')) as PDFNumber).asNumber()).toBe(40);
    const images = pdfImages(path);
    expect(images.filter((i) => i.width === 320)).toHaveLength(40);
    const objectIds = new Set(readObjectIds(path));
    expect(objectIds.size).toBe(1);
    // Fonts printed in every chunk are merged: the merged file lists no more fonts than one print of the deck.
    expect(fonts.length).toBe(pdfFonts(single).length);
    const [a, b] = [readFileSync(single).byteLength, readFileSync(path).byteLength];
    console.log(`40 image slides on A4: one print ${a} bytes; 3 chunks merged ${b} bytes (${(b / a).toFixed(2)}x); ${result.merge?.duplicatesRemoved} duplicate objects merged; chunk PDFs ${result.merge?.inputBytes} bytes in all`);
    expect(b).toBeLessThan(a * 1.5);
  }, 300_000);
});

/** The object ids of the images pdfimages lists (column "object"). */
function readObjectIds(path: string): string[] {
  return execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => l.trim().split(/\s+/)[10]);
}
