import { basename } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { MAX_IMAGE_DATA_URL_BYTES } from '../../../src-shared/deck';
import { PictureError } from './pictureError';
import { MAX_PICTURE_FILE_BYTES } from '../../../src-shared/ipc/pictureTypes';
import { formatBytes, MAX_PICTURE_PIXELS, MAX_SVG_BYTES, PICTURE_MAX_HEIGHT, PICTURE_MAX_WIDTH } from './pictureLimits';
import { encodeRaster } from './encodeRaster';
import type { ImportedPicture } from './importedPicture';
import { svgProblems } from './svgCheck';


/** Raster formats sharp reads that a picture may come from (its header decides, never the file name). */
const RASTER_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif', 'heif']);

/** True when the bytes look like SVG text: optional BOM and space, then `<?xml`, `<!DOCTYPE svg`, a comment or `<svg`. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE\s+svg|<svg[\s>])/i.test(head);
}

/**
 * Checks and normalises a picture: `bytes` of the file called `fileName` (the name is only used in messages).
 * Raster images: the format and pixel size come from the header (sharp metadata, before decoding); the image is
 * turned upright by its EXIF orientation, scaled down to fit 1920×1080 px (never up), stripped of its metadata
 * (EXIF, GPS, XMP, ICC: sharp writes none unless asked), and re-encoded as PNG when it has transparency or few
 * colours, else as JPEG, at a quality (and if need be a size) that keeps its data URL under the deck's image cap.
 * SVG: refused when svgProblems finds anything; a clean SVG stays vector, as it is.
 * @throws PictureError with one line naming the file: not an image, too large a file, too many pixels, an unsafe
 *   SVG, or an image that cannot fit the cap.
 */
export async function importPicture(bytes: Uint8Array, fileName: string): Promise<ImportedPicture> {
  const name = basename(fileName || 'picture');
  if (bytes.length === 0) throw new PictureError(`${name} is empty: it is not an image`);
  if (bytes.length > MAX_PICTURE_FILE_BYTES) {
    throw new PictureError(`${name} is too large (${formatBytes(bytes.length)}; pictures up to ${formatBytes(MAX_PICTURE_FILE_BYTES)} are accepted)`);
  }
  if (looksLikeSvg(bytes)) return importSvg(bytes, name);
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new PictureError(`${name} is not an image (its contents are not PNG, JPEG, WebP, GIF, TIFF, AVIF or SVG)`);
  }
  if (!meta.format || !RASTER_FORMATS.has(meta.format)) throw new PictureError(`${name} is not a picture BriefDeck can use (its format is ${meta.format ?? 'unknown'})`);
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width <= 0 || height <= 0) throw new PictureError(`${name} is not an image (its header gives no size)`);
  if (width * height > MAX_PICTURE_PIXELS) {
    throw new PictureError(`${name} is too large an image (${width} × ${height} px; pictures up to ${MAX_PICTURE_PIXELS / 1_000_000} megapixels are accepted)`);
  }
  try {
    return await encodeRaster(bytes, name, { width, height, orientation: meta.orientation, hasAlpha: meta.hasAlpha === true });
  } catch (err) {
    if (err instanceof PictureError) throw err;
    throw new PictureError(`${name} could not be read as an image (${String((err as Error).message ?? err).split('\n')[0].slice(0, 120)})`);
  }
}

async function importSvg(bytes: Uint8Array, name: string): Promise<ImportedPicture> {
  if (bytes.length > MAX_SVG_BYTES) throw new PictureError(`${name} is too large an SVG (${formatBytes(bytes.length)}; up to ${formatBytes(MAX_SVG_BYTES)})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PictureError(`${name} is not a valid SVG (its text is not UTF-8)`);
  }
  const problems = svgProblems(text);
  if (problems.length > 0) throw new PictureError(`${name} was refused: the SVG has ${problems.join(', ')} (nothing in a deck may run or fetch)`);
  let meta: Metadata;
  try {
    meta = await sharp(Buffer.from(text, 'utf8')).metadata();
  } catch {
    throw new PictureError(`${name} is not a valid SVG (it cannot be drawn)`);
  }
  const src = `data:image/svg+xml;base64,${Buffer.from(text.replace(/^\uFEFF/, ''), 'utf8').toString('base64')}`;
  if (src.length > MAX_IMAGE_DATA_URL_BYTES) throw new PictureError(`${name} is too large an SVG for a deck (over the 2 MiB image cap)`);
  return { src, width: meta.width ?? PICTURE_MAX_WIDTH, height: meta.height ?? PICTURE_MAX_HEIGHT, mediaType: 'image/svg+xml', inputBytes: bytes.length, outputBytes: Buffer.byteLength(text), resized: false };
}
