/**
 * The CLI's pre-export check lays out the very document its PDF export then prints, in the printer's own page, so
 * the print does not load a second ~0.5 MB document: the probe's document and the print's are the same string
 * (ChromiumPrinter.load skips a document that is already laid out), and the check still finds what it should.
 */
import { readFileSync } from 'node:fs';
import { afterAll, expect, test } from 'vitest';
import { parseDeck } from '../../src-shared/deck';
import { resolveExportOptions } from '../../src-shared/export';
import { ChromiumPrinter } from '../../src-main/services/export/pdf/chromiumPrinter';
import { PrinterPageProbe } from '../../src-main/services/export/preflight/printerPageProbe';
import { runPreflight } from '../../src-main/services/export/preflight/runPreflight';
import { runPdfExport } from '../../src-main/services/export/pdf/runPdfExport';

const printer = new ChromiumPrinter();
afterAll(() => printer.close());

test('the check and the print load one and the same print document', async () => {
  const parsed = parseDeck(readFileSync('tests/fixtures/decks/small.briefdeck', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const loaded: string[] = [];
  const load = printer.load.bind(printer);
  printer.load = (html, timeout) => (loaded.push(html), load(html, timeout));
  for (const paper of ['16:9', 'a4'] as const) {
    loaded.length = 0;
    const options = resolveExportOptions({ format: 'pdf', paper });
    const issues = await runPreflight(parsed.deck, options, new PrinterPageProbe(printer));
    expect(issues.filter((i) => i.kind === 'network')).toEqual([]);
    const { pageCount } = await runPdfExport(parsed.deck, options, printer);
    expect(pageCount).toBeGreaterThan(0);
    expect(loaded).toHaveLength(2);
    expect(loaded[1] === loaded[0], `${paper}: the print loads the document the check laid out`).toBe(true);
  }
}, 120_000);
