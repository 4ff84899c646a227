/**
 * A deck with nothing to print (no slides, or only hidden ones) is refused at once with a clear error, before any
 * browser is launched; and the Chromium printer rejects (instead of waiting forever, with no time limit) when the
 * print document fails before it is ready.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { resolveExportOptions } from '../../src-shared/export';
import { exportDeck } from '../../src-main/services/export/exportDeck';
import { ChromiumPrinter } from '../../src-main/services/export/pdf/chromiumPrinter';
import { NOTHING_TO_EXPORT, PdfExportError, runPdfExport } from '../../src-main/services/export/pdf/index';
import type { PdfPrinter } from '../../src-main/services/export/pdf/pdfPrinter';
import { deckOf } from './exportCasesKit';

/** A printer that records calls and never answers (what the real one did on an empty deck). */
function hangingPrinter() {
  const calls: string[] = [];
  const printer: PdfPrinter = {
    print(html) {
      calls.push(html);
      return new Promise<Uint8Array>(() => undefined);
    },
  };
  return { printer, calls };
}

const empty = deckOf({ title: 'z', slides: [] });
const onlyHidden = deckOf({ title: 'h', slides: [{ id: 'a', layout: 'bullets', title: 'Backup', hidden: true, bullets: [{ text: 'x', level: 0 }] }] });

describe('nothing to export', () => {
  for (const [name, deck] of [['no slides', empty], ['only a hidden slide', onlyHidden]] as const) {
    test(`runPdfExport refuses a deck with ${name} before printing`, async () => {
      const { printer, calls } = hangingPrinter();
      for (const layout of ['slides', 'notes', 'handout'] as const) {
        const error = await runPdfExport(deck, resolveExportOptions({ format: 'pdf', pdfLayout: layout }), printer).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PdfExportError);
        expect((error as PdfExportError).code).toBe('empty');
        expect((error as Error).message).toBe(NOTHING_TO_EXPORT);
      }
      expect(calls).toHaveLength(0);
    });

    test(`the export dispatcher (app and CLI) refuses a PDF of a deck with ${name} before printing`, async () => {
      const { printer, calls } = hangingPrinter();
      await expect(exportDeck(deck, resolveExportOptions({ format: 'pdf' }), printer)).rejects.toThrow(/nothing to export/);
      expect(calls).toHaveLength(0);
    });
  }

  test('a hidden-only deck still prints with includeHidden (the refusal is about the plan, not the deck)', async () => {
    const calls: string[] = [];
    const printer: PdfPrinter = { print: (html) => (calls.push(html), Promise.reject(new Error('stop here'))) };
    await expect(runPdfExport(onlyHidden, resolveExportOptions({ format: 'pdf', includeHidden: true }), printer)).rejects.toThrow(/stop here/);
    expect(calls.length).toBeGreaterThan(0);
  });
});

describe('ChromiumPrinter with no time limit', () => {
  const printer = new ChromiumPrinter();
  afterAll(() => printer.close());

  test('rejects when the print document throws before it is ready', async () => {
    const html = '<!doctype html><html><body><p>x</p><script>throw new Error("layout broke")</script></body></html>';
    await expect(printer.print(html, { outline: false, readyTimeoutMs: 0 })).rejects.toThrow(/failed before it was ready: layout broke/);
  });

  test('still prints a document that becomes ready', async () => {
    const html = '<!doctype html><html><body><p>ok</p><script>setTimeout(function(){document.documentElement.setAttribute("data-bd-print-ready","true")},50)</script></body></html>';
    const pdf = await printer.print(html, { outline: false, readyTimeoutMs: 0 });
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  });
});
