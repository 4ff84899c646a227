import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { DeckSchema, type Deck, type DeckInput } from '../../src-shared/deck';
import { resolveExportOptions, type ExportOptionsInput } from '../../src-shared/export';
import { ChromiumPrinter } from '../../src-main/services/export/pdf/chromiumPrinter';
import { runPdfExport, type PdfJobOptions, type PdfJobResult } from '../../src-main/services/export/pdf/index';
import { artifactDir, ROOT } from './exportTestKit';

/** A deck from a partial input: defaults from the schema, a banner "UNCLASSIFIED // TEST". */
export function deckOf(input: Partial<DeckInput> & { slides: DeckInput['slides'] }): Deck {
  return DeckSchema.parse({ schemaVersion: 2, title: 'Export cases', author: 'Case author', classification: { text: 'UNCLASSIFIED // TEST', level: 'unclassified' }, ...input });
}

/** tests/fixtures/render/all-layouts.json (every layout, fragments, a hidden slide, notes). */
export function allLayoutsDeck(): Deck {
  return DeckSchema.parse(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/render/all-layouts.json'), 'utf8')));
}

/** Exports PDFs with one shared Chromium, into one artifact folder. Call `close()` in afterAll. */
export function pdfCaseRunner(name: string) {
  const dir = artifactDir(name);
  const printer = new ChromiumPrinter();
  return {
    dir,
    printer,
    async pdf(file: string, deck: Deck, options: ExportOptionsInput, job?: PdfJobOptions): Promise<{ path: string; result: PdfJobResult }> {
      const result = await runPdfExport(deck, resolveExportOptions(options), printer, job);
      const path = join(dir, file);
      writeFileSync(path, result.pdf);
      return { path, result };
    },
    close: () => printer.close(),
  };
}

/** pdfinfo: page count, the first page's size in pt, and the info fields. */
export function pdfInfo(path: string): { pages: number; width: number; height: number; raw: string } {
  const raw = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(raw);
  return { pages: Number(/Pages:\s+(\d+)/.exec(raw)?.[1]), width: Number(size?.[1]), height: Number(size?.[2]), raw };
}

/** Every page size (pt, rounded) of a PDF. */
export function pageSizes(path: string): string[] {
  const raw = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', path], { encoding: 'utf8' });
  return [...raw.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
}

/** pdftotext per page (whitespace collapsed). */
export function pageTexts(path: string): string[] {
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').map((p) => p.replace(/\s+/g, ' ').trim());
  if (pages.at(-1) === '') pages.pop();
  return pages;
}

/** The colour [r, g, b] at (fx, fy) (fractions of the width and height) of a page rendered by pdftoppm at 20 dpi. */
export function pixelAt(path: string, page: number, fx: number, fy: number): [number, number, number] {
  const ppm = execFileSync('pdftoppm', ['-r', '20', '-f', String(page), '-l', String(page), '-singlefile', path]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40));
  if (!header) throw new Error('pdftoppm did not write a binary PPM');
  const [w, h] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  const x = Math.min(w - 1, Math.floor(fx * w));
  const y = Math.min(h - 1, Math.floor(fy * h));
  const i = start + (y * w + x) * 3;
  return [ppm[i], ppm[i + 1], ppm[i + 2]];
}

/** pdffonts rows: name (subset prefix dropped), type and whether it is embedded. */
export function pdfFonts(path: string): { name: string; embedded: boolean }[] {
  return execFileSync('pdffonts', [path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((row) => ({ name: row.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''), embedded: row.split(/\s+/).at(-5) === 'yes' }));
}

/** pdfimages -list rows: page number and image size. */
export function pdfImages(path: string): { page: number; width: number; height: number }[] {
  return execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((row) => row.trim().split(/\s+/))
    .map((c) => ({ page: Number(c[0]), width: Number(c[3]), height: Number(c[4]) }));
}

/** Words with their boxes on one page (pdftotext -bbox): x/y in pt from the top left. */
export function wordBoxes(path: string, page: number): { word: string; xMin: number; xMax: number; yMin: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    word: m[4],
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
  }));
}

function crc32(bytes: Buffer): number {
  let c = -1;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return (c ^ -1) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A real PNG file (8-bit RGB) of `width`×`height` px in one colour: zlib-compressed scanlines, CRCs computed. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** `solidPng` as a data:image/png;base64 URL. */
export function solidPngDataUrl(width: number, height: number, rgb: [number, number, number]): string {
  return `data:image/png;base64,${solidPng(width, height, rgb).toString('base64')}`;
}
