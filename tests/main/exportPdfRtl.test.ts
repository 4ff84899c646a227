import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DeckSchema, type Deck } from '../../src-shared/deck';
import { ChromiumPrinter } from '../../src-main/services/export/pdf/chromiumPrinter';
import { resolveExportOptions } from '../../src-shared/export';
import { exportDeck } from '../../src-main/services/export/exportDeck';

/** A PDF through the export dispatcher the app and the CLI use (16:9 slides: reveal.js's print view). */
const pdfOf = async (...[deck, options, printer]: [Parameters<typeof exportDeck>[0], Parameters<typeof resolveExportOptions>[0], ChromiumPrinter]) =>
  (await exportDeck(deck, resolveExportOptions({ ...options, format: 'pdf' }), printer)).output;
import { allLayoutsDeck } from '../shared/renderFixture';
import { artifactDir, poppler } from './exportTestKit';

const printer = new ChromiumPrinter();
let dir: string;
let persian: Deck;
beforeAll(async () => {
  dir = artifactDir('pdf-rtl');
  persian = DeckSchema.parse(JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'render', 'persian-dark.json'), 'utf8')));
  writeFileSync(join(dir, 'persian-dark.pdf'), await pdfOf(persian, {}, printer));
  writeFileSync(join(dir, 'english-light.pdf'), await pdfOf(allLayoutsDeck(), {}, printer));
}, 120_000);
afterAll(() => printer.close());

/** Words of one page with their boxes (pdftotext -bbox), in points from the top left of a 960 × 540 pt page. */
function words(pdf: string, page: number): { text: string; xMin: number; xMax: number }[] {
  const xml = poppler('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']);
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ xMin: Number(m[1]), xMax: Number(m[2]), text: m[3] }));
}

/** RGB of one pixel of a page rendered at 10 dpi (pdftoppm's binary PPM). */
function pixel(pdf: string, page: number, x: number, y: number): number[] {
  const prefix = join(dir, `px-${page}`);
  execFileSync('pdftoppm', ['-r', '10', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  const ppm = readFileSync(`${prefix}.ppm`);
  const header = ppm.toString('latin1', 0, 40).match(/^P6\s+(\d+)\s+(\d+)\s+255\s/)!;
  const offset = header[0].length + (y * Number(header[1]) + x) * 3;
  return [ppm[offset], ppm[offset + 1], ppm[offset + 2]];
}

describe('PDF of a Persian deck in the dark theme', () => {
  test('Vazirmatn and Noto Sans are embedded in regular and bold, and no other font is used', () => {
    const rows = poppler('pdffonts', [join(dir, 'persian-dark.pdf')]).split('\n').slice(2).filter((l) => l.trim() !== '');
    const names = new Set(rows.map((r) => r.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '')));
    expect(names).toEqual(new Set(['Vazirmatn-Regular', 'Vazirmatn-Bold', 'NotoSans-Regular', 'NotoSans-Bold', 'NotoSans-Italic']));
    for (const row of rows) expect(row.split(/\s+/).at(-5)).toBe('yes');
  });

  test('an RTL slide lays out from the right: the portion marking and title sit at the right margin', () => {
    const rtl = words(join(dir, 'persian-dark.pdf'), 2);
    const marking = rtl.find((w) => w.text === ')U(' || w.text === '(U)')!;
    expect(marking.xMax).toBeGreaterThan(880);
    const bullets = rtl.filter((w) => w.text === 'Erdoğan:');
    expect(bullets).toHaveLength(1);
    const ltr = words(join(dir, 'english-light.pdf'), 2).find((w) => w.text === '(U)')!;
    expect(ltr.xMin).toBeLessThan(80);
  });

  test('printing made zero network requests', () => {
    expect(printer.blockedRequests).toEqual([]);
  });

  test('Turkish letters come out as text', () => {
    expect(poppler('pdftotext', [join(dir, 'persian-dark.pdf'), '-'])).toContain('Türkçe ğ ş ı İ ö ü ç');
  });

  test('every page carries the dark theme background (printBackground), the light deck stays white', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [join(dir, 'persian-dark.pdf')]))![1]);
    expect(pages).toBe(5);
    for (let p = 1; p <= pages; p++) {
      const [r, g, b] = pixel(join(dir, 'persian-dark.pdf'), p, 60, 40);
      expect(Math.max(r, g, b), `page ${p}`).toBeLessThan(60);
    }
    expect(Math.min(...pixel(join(dir, 'english-light.pdf'), 1, 60, 40))).toBeGreaterThan(240);
  });
});
