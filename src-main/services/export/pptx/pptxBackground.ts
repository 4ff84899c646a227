import type PptxGenJS from 'pptxgenjs';
import type { SlideImage } from '../../../../src-shared/deck';
import { SLIDE_H, SLIDE_W } from './pptxStyle';

/** Pixel size of an image. */
export interface PixelSize {
  width: number;
  height: number;
}

/**
 * Reads the pixel size from a PNG (IHDR), GIF (logical screen), JPEG (first SOFn frame header) or WebP (VP8, VP8L
 * or VP8X chunk) file header. Returns null for anything else or a truncated header.
 */
export function imagePixelSize(b: Uint8Array): PixelSize | null {
  const at = (i: number): number => b[i] ?? 0;
  const be16 = (i: number): number => (at(i) << 8) | at(i + 1);
  const le16 = (i: number): number => at(i) | (at(i + 1) << 8);
  const le24 = (i: number): number => at(i) | (at(i + 1) << 8) | (at(i + 2) << 16);
  const ascii = (i: number, n: number): string => String.fromCharCode(...b.subarray(i, i + n));
  let size: PixelSize | null = null;
  if (b.length >= 24 && at(0) === 0x89 && ascii(1, 3) === 'PNG') size = { width: be16(16) * 65536 + be16(18), height: be16(20) * 65536 + be16(22) };
  else if (b.length >= 10 && ascii(0, 4) === 'GIF8') size = { width: le16(6), height: le16(8) };
  else if (b.length >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
    const chunk = ascii(12, 4);
    if (chunk === 'VP8 ') size = { width: le16(26) & 0x3fff, height: le16(28) & 0x3fff };
    else if (chunk === 'VP8L') size = { width: 1 + (((at(22) & 0x3f) << 8) | at(21)), height: 1 + (((at(24) & 0xf) << 10) | (at(23) << 2) | ((at(22) & 0xc0) >> 6)) };
    else if (chunk === 'VP8X') size = { width: 1 + le24(24), height: 1 + le24(27) };
  } else if (at(0) === 0xff && at(1) === 0xd8) {
    for (let i = 2; i + 9 < b.length; ) {
      if (at(i) !== 0xff) return null;
      const marker = at(i + 1);
      if (marker === 0xff) { i++; continue; }
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        size = { width: be16(i + 7), height: be16(i + 5) };
        break;
      }
      i += 2 + be16(i + 2);
    }
  }
  return size && size.width > 0 && size.height > 0 ? size : null;
}

/**
 * Places a slide's background image behind everything, like reveal.js `data-background-size`: `contain` scales the
 * whole image into the slide, centred; `cover` fills the slide and crops the overflow (`<a:srcRect>`). The image's
 * alt text becomes the picture's description.
 * @throws Error naming the slide when the image header cannot be read (an explicit error, never a silent blank).
 */
export function addBackgroundImage(slide: PptxGenJS.Slide, image: SlideImage, slideNumber: number): void {
  const m = /^data:(image\/(?:png|jpeg|webp|gif));base64,(.*)$/.exec(image.src);
  const size = m ? imagePixelSize(Uint8Array.from(Buffer.from(m[2].slice(0, 350_000), 'base64'))) : null;
  if (!m || !size) throw new Error(`slide ${slideNumber}: its background image could not be read (not a PNG, JPEG, GIF or WebP image)`);
  const data = `${m[1]};base64,${m[2]}`;
  const altText = image.alt || undefined;
  const ratio = size.width / size.height;
  if (image.fit === 'cover') {
    slide.addImage({ data, x: 0, y: 0, w: ratio, h: 1, sizing: { type: 'cover', w: SLIDE_W, h: SLIDE_H }, altText, objectName: 'Background image' });
    return;
  }
  const w = Math.min(SLIDE_W, SLIDE_H * ratio);
  const h = w / ratio;
  slide.addImage({ data, x: (SLIDE_W - w) / 2, y: (SLIDE_H - h) / 2, w, h, altText, objectName: 'Background image' });
}
