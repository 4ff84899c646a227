import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DeckSchema } from '../../src-shared/deck';
import { exportPptx } from '../../src-main/services/export/pptx/exportPptx';
import { imagePixelSize } from '../../src-main/services/export/pptx/pptxBackground';
import { solidPng } from './exportCasesKit';
import { convertWithLibreOffice, hasLibreOffice, readPptx } from './pptxPackageReader';

const deckWith = (src: string, fit: 'contain' | 'cover') =>
  DeckSchema.parse({ schemaVersion: 2, title: 'Bg', slides: [{ id: 'a', layout: 'bullets', title: 'Map', bullets: [{ text: 'Over the map' }], background: { src, alt: 'Map of the region', fit } }] });

describe('background images', () => {
  it('reads the pixel size of PNG, GIF, JPEG and WebP headers', () => {
    expect(imagePixelSize(solidPng(160, 90, [200, 0, 0]))).toEqual({ width: 160, height: 90 });
    expect(imagePixelSize(Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x01, 0xf0, 0x00]))).toEqual({ width: 320, height: 240 });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03, 0, 0, 0, 0, 0, 0]);
    expect(imagePixelSize(jpeg)).toEqual({ width: 640, height: 480 });
    const vp8x = Buffer.alloc(30);
    vp8x.write('RIFF', 0, 'ascii');
    vp8x.write('WEBPVP8X', 8, 'ascii');
    vp8x.writeUIntLE(1919, 24, 3);
    vp8x.writeUIntLE(1079, 27, 3);
    expect(imagePixelSize(vp8x)).toEqual({ width: 1920, height: 1080 });
    expect(imagePixelSize(Buffer.from('not an image'))).toBeNull();
  });

  it('places a contain image inside the slide, centred, and a cover image cropped to the slide', async () => {
    const src = `data:image/png;base64,${solidPng(160, 90 * 2, [200, 0, 0]).toString('base64')}`;
    const contain = (await readPptx(await exportPptx(deckWith(src, 'contain')))).slides[0];
    expect(contain).toContain('descr="Map of the region"');
    const off = /<p:pic>[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(contain)!.slice(1).map(Number);
    expect(off[3]).toBe(6858000); // full slide height
    expect(off[2]).toBeCloseTo(6858000 * (160 / 180), -3);
    expect(off[0]).toBeCloseTo((12192000 - off[2]) / 2, -3);
    const cover = (await readPptx(await exportPptx(deckWith(src, 'cover')))).slides[0];
    expect(cover).toMatch(/<a:srcRect l="0" r="0" t="\d+" b="\d+"\/>/);
    expect(cover).toContain('<a:ext cx="12192000" cy="6858000"/>');
  });

  it('fails naming the slide when the image cannot be read, instead of a silent blank', async () => {
    const deck = deckWith(`data:image/png;base64,${Buffer.from('definitely not a png').toString('base64')}`, 'contain');
    await expect(exportPptx(deck)).rejects.toThrow(/^slide 1: its background image could not be read/);
  });

  it.skipIf(!hasLibreOffice())('is in the PDF that LibreOffice prints', async () => {
    const src = `data:image/png;base64,${solidPng(160, 90, [200, 0, 0]).toString('base64')}`;
    const { pdf } = convertWithLibreOffice(await exportPptx(deckWith(src, 'contain')), 'background');
    expect(execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })).toMatch(/\n\s+1\s+0\s+image\s+160\s+90\s/);
  }, 240_000);
});
