import { pictureSources, type Deck } from '../../../../src-shared/deck';
import { PdfExportError, slideLabel } from './pdfExportError';

/** Leading bytes of each picture type the deck schema allows; an SVG is XML text (`<`, after any BOM and space). */
const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  png: (b) => b.length >= 8 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a,
  jpeg: (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  webp: (b) => b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  gif: (b) => b.length >= 6 && /^GIF8[79]a$/.test(b.toString('latin1', 0, 6)),
  'svg+xml': (b) => /^(\uFEFF)?\s*</.test(b.toString('utf8')),
};

/**
 * Checks each exported slide's pictures before printing, as checkSlideImages does the backgrounds: the data URL's
 * bytes must start as the type it declares, so a broken picture is an explicit error naming the slide, never a
 * silent blank box. Throws PdfExportError('slide') for the first bad picture.
 */
export function checkPictureImages(deck: Deck, slideIndexes: readonly number[]): void {
  for (const i of slideIndexes) {
    const slide = deck.slides[i];
    for (const src of slide ? pictureSources(slide) : []) {
      const m = /^data:image\/(png|jpeg|webp|gif|svg\+xml);base64,([A-Za-z0-9+/]+=*)$/.exec(src);
      const bytes = m ? Buffer.from(m[2].slice(0, 64), 'base64') : undefined;
      if (!m || !bytes || !SIGNATURES[m[1]](bytes)) {
        throw new PdfExportError('slide', `${slideLabel(i, slide.title)}: its picture is not a readable ${m ? m[1].replace('+xml', '').toUpperCase() : 'embedded'} image; replace or remove it.`, i);
      }
    }
  }
}
