import sharp from 'sharp';
import { MAX_IMAGE_DATA_URL_BYTES } from '../../../src-shared/deck';
import type { ImportedPicture } from './importedPicture';
import { PictureError } from './pictureError';
import { MAX_PICTURE_PIXELS, PICTURE_MAX_HEIGHT, PICTURE_MAX_WIDTH } from './pictureLimits';

/** At most this many distinct colours make a picture "few colours" (a chart, a diagram, a screenshot): PNG. */
const FEW_COLOURS = 256;
/** JPEG qualities tried in turn until the data URL fits the cap (85 first: no visible loss on photos). */
const JPEG_QUALITIES = [85, 75, 65, 50];

/** What importPicture read from the header. */
export interface RasterHeader {
  width: number;
  height: number;
  orientation: number | undefined;
  hasAlpha: boolean;
}

/** Size of `bytes` as a base64 data URL of `mediaType`, in characters. */
function dataUrlLength(mediaType: string, bytes: number): number {
  return `data:${mediaType};base64,`.length + Math.ceil(bytes / 3) * 4;
}

/** True when the RGBA pixels hold at most FEW_COLOURS distinct colours (stops counting past it). */
function hasFewColours(rgba: Buffer): boolean {
  const seen = new Set<number>();
  for (let i = 0; i < rgba.length; i += 4) {
    seen.add(rgba.readUInt32LE(i));
    if (seen.size > FEW_COLOURS) return false;
  }
  return true;
}

/**
 * Decodes, orients, resizes (fit inside 1920×1080 px, never enlarged) and re-encodes a raster picture whose header
 * was checked; PNG when some pixel is not opaque or it has few colours, else JPEG (mozjpeg, 4:2:0). When the result
 * is over the deck's cap, JPEG quality goes down, then the size, by steps of 3/4.
 * @throws PictureError when even the smallest try does not fit the cap.
 */
export async function encodeRaster(bytes: Uint8Array, name: string, header: RasterHeader): Promise<ImportedPicture> {
  const rotated = (header.orientation ?? 1) >= 5;
  const w0 = rotated ? header.height : header.width;
  const h0 = rotated ? header.width : header.height;
  const scale = Math.min(1, PICTURE_MAX_WIDTH / w0, PICTURE_MAX_HEIGHT / h0);
  const base = () => sharp(bytes, { limitInputPixels: MAX_PICTURE_PIXELS, pages: 1 }).rotate();
  let width = Math.max(1, Math.round(w0 * scale));
  let height = Math.max(1, Math.round(h0 * scale));
  const { data: rgba } = await base().resize(width, height, { fit: 'fill' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  let opaque = true;
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) { opaque = false; break; }
  const png = !opaque || hasFewColours(rgba);
  for (let attempt = 0; attempt < 6; attempt++) {
    const resized = base().resize(width, height, { fit: 'fill' });
    const tries = png ? [() => resized.clone().png({ compressionLevel: 9, palette: opaque }), () => resized.clone().png({ compressionLevel: 9, palette: true, quality: 80 })] : JPEG_QUALITIES.map((q) => () => resized.clone().flatten({ background: '#ffffff' }).jpeg({ quality: q, mozjpeg: true }));
    for (const encode of tries) {
      const out = await encode().toBuffer();
      const mediaType = png ? 'image/png' : 'image/jpeg';
      if (dataUrlLength(mediaType, out.length) <= MAX_IMAGE_DATA_URL_BYTES) {
        return { src: `data:${mediaType};base64,${out.toString('base64')}`, width, height, mediaType, inputBytes: bytes.length, outputBytes: out.length, resized: width !== w0 || height !== h0 };
      }
    }
    width = Math.max(1, Math.round(width * 0.75));
    height = Math.max(1, Math.round(height * 0.75));
  }
  throw new PictureError(`${name} cannot be made small enough for a deck (the image cap is 2 MiB)`);
}
