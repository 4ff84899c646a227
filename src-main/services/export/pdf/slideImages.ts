import type { Deck } from '../../../../src-shared/deck';
import { PdfExportError, slideLabel } from './pdfExportError';

/** Leading bytes of each image type the deck schema allows (PNG, JPEG, WebP "RIFF....WEBP", GIF87a/89a). */
const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  png: (b) => b.length >= 8 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a,
  jpeg: (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  webp: (b) => b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  gif: (b) => b.length >= 6 && /^GIF8[79]a$/.test(b.toString('latin1', 0, 6)),
};

/**
 * Checks each exported slide's background image before printing, so that a broken image is an explicit error that
 * names the slide, never a silent blank: the data URL's bytes must start with the signature of the type
 * it declares. Throws PdfExportError('slide') for the first bad image.
 */
export function checkSlideImages(deck: Deck, slideIndexes: readonly number[]): void {
  for (const i of slideIndexes) {
    const bg = deck.slides[i]?.background;
    if (!bg) continue;
    const m = /^data:image\/(png|jpeg|webp|gif);base64,([A-Za-z0-9+/]+=*)$/.exec(bg.src);
    const bytes = m ? Buffer.from(m[2].slice(0, 64), 'base64') : undefined;
    if (!m || !bytes || !SIGNATURES[m[1]](bytes)) {
      throw new PdfExportError('slide', `${slideLabel(i, deck.slides[i].title)}: its background image is not a readable ${m ? m[1].toUpperCase() : 'embedded'} image; replace or remove it.`, i);
    }
  }
}
