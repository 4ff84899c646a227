import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { slideOutline } from '../../src-shared/render';
import { ChromiumPrinter } from '../../src-main/services/export/pdf/chromiumPrinter';
import { resolveExportOptions } from '../../src-shared/export';
import { exportDeck } from '../../src-main/services/export/exportDeck';

/** A PDF through the export dispatcher the app and the CLI use (16:9 slides: reveal.js's print view). */
const pdfOf = async (...[deck, options, printer]: [Parameters<typeof exportDeck>[0], Parameters<typeof resolveExportOptions>[0], ChromiumPrinter]) =>
  (await exportDeck(deck, resolveExportOptions({ ...options, format: 'pdf' }), printer)).output;
import { allLayoutsDeck } from '../shared/renderFixture';
import { artifactDir, poppler } from './exportTestKit';

const printer = new ChromiumPrinter();
afterAll(() => printer.close());

test('build steps: one page per fragment state, and each bookmark opens the first page of its slide', async () => {
  const deck = allLayoutsDeck();
  const file = join(artifactDir('pdf-steps'), 'steps.pdf');
  writeFileSync(file, await pdfOf(deck, { builds: 'steps' }, printer));
  const outline = slideOutline(deck, { buildSteps: true });
  const pages = poppler('pdftotext', [file, '-']).split('\f').slice(0, -1);
  expect(pages).toHaveLength(14);
  for (const entry of outline) expect(pages[entry.pageIndex].replace(/\s+/g, ' ')).toContain(entry.title);
  // The BLUF slide (2 fragment judgments): its first page shows none of them, its last page both.
  expect(pages[1]).not.toContain('A formal axis is unlikely.');
  expect(pages[3]).toContain('A formal axis is unlikely.');
  expect(pages[3]).toContain("Russia's role may shift.");
}, 120_000);
