import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMAGE_DATA_URL_BYTES, PictureSchema } from '../../src-shared/deck';
import { importPicture, PictureError } from '../../src-main/services/pictures';
import { writePictureFixtures } from './pictureFixtures';

let files: Awaited<ReturnType<typeof writePictureFixtures>>;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-pictures-'));
  files = await writePictureFixtures(dir);
});

const bytesOf = (src: string) => Buffer.from(src.slice(src.indexOf(',') + 1), 'base64');
const load = async (key: keyof typeof files) => importPicture(await readFile(files[key]), files[key]);

/** The one-line message importPicture throws for a fixture (fails the test if it does not throw a PictureError). */
async function refusal(key: keyof typeof files): Promise<string> {
  const err = await load(key).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PictureError);
  const message = (err as Error).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('importPicture', () => {
  it('re-encodes a photo as JPEG without its EXIF or GPS, at its own size', async () => {
    const before = await sharp(await readFile(files.photo)).metadata();
    expect(before.exif?.includes(Buffer.from('FixtureCam'))).toBe(true);
    const picture = await load('photo');
    expect(picture.mediaType).toBe('image/jpeg');
    expect(picture.src.startsWith('data:image/jpeg;base64,')).toBe(true);
    expect([picture.width, picture.height, picture.resized]).toEqual([1200, 800, false]);
    const after = await sharp(bytesOf(picture.src)).metadata();
    expect([after.format, after.width, after.height]).toEqual(['jpeg', 1200, 800]);
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(bytesOf(picture.src).includes(Buffer.from('FixtureCam'))).toBe(false);
    expect(PictureSchema.safeParse({ src: picture.src }).success).toBe(true);
  });

  it('keeps a picture with transparency as PNG, with its alpha', async () => {
    const picture = await load('alpha');
    expect(picture.mediaType).toBe('image/png');
    const meta = await sharp(bytesOf(picture.src)).metadata();
    expect([meta.format, meta.hasAlpha, meta.width, meta.height]).toEqual(['png', true, 400, 300]);
    const { data } = await sharp(bytesOf(picture.src)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(data[3]).toBe(0);
  });

  it('scales a large photo down to fit 1920×1080 px and keeps it under the deck image cap', async () => {
    const picture = await load('large');
    expect([picture.width, picture.height, picture.resized]).toEqual([1440, 1080, true]);
    expect(picture.src.length).toBeLessThanOrEqual(MAX_IMAGE_DATA_URL_BYTES);
    const meta = await sharp(bytesOf(picture.src)).metadata();
    expect([meta.width, meta.height]).toEqual([1440, 1080]);
  });

  it('keeps a clean SVG as vector, byte for byte', async () => {
    const picture = await load('svgClean');
    expect(picture.mediaType).toBe('image/svg+xml');
    expect(bytesOf(picture.src).toString('utf8')).toBe(await readFile(files.svgClean, 'utf8'));
    expect([picture.width, picture.height]).toEqual([640, 360]);
    expect(PictureSchema.safeParse({ src: picture.src }).success).toBe(true);
  });

  it('refuses a text file named .png, by its contents', async () => {
    expect(await refusal('notImage')).toBe('notes-renamed.png is not an image (its contents are not PNG, JPEG, WebP, GIF, TIFF, AVIF or SVG)');
  });

  it('refuses a PNG whose header claims 100000×100000 px, before decoding it', async () => {
    expect(await refusal('hugeHeader')).toBe('huge-header.png is too large an image (100000 × 100000 px; pictures up to 50 megapixels are accepted)');
  });

  it('refuses a file over the size cap before reading its header', async () => {
    const err = await importPicture(new Uint8Array(26 * 1024 * 1024), 'scan.tiff').catch((e: unknown) => e);
    expect((err as Error).message).toBe('scan.tiff is too large (26.0 MB; pictures up to 25.0 MB are accepted)');
  });

  it('refuses an empty file', async () => {
    expect(((await importPicture(new Uint8Array(0), 'empty.jpg').catch((e: unknown) => e)) as Error).message).toBe('empty.jpg is empty: it is not an image');
  });

  it.each([
    ['svgScript', 'script.svg was refused: the SVG has a <script> element (nothing in a deck may run or fetch)'],
    ['svgOnload', 'onload.svg was refused: the SVG has an onload event handler (nothing in a deck may run or fetch)'],
    ['svgForeignObject', 'foreign-object.svg was refused: the SVG has a <foreignObject> element, an external reference (src="x"), an onerror event handler (nothing in a deck may run or fetch)'],
    ['svgExternal', 'external-href.svg was refused: the SVG has an external reference (href="https://example.org/tracker.png") (nothing in a deck may run or fetch)'],
  ] as const)('refuses %s, naming what it found', async (key, message) => {
    expect(await refusal(key)).toBe(message);
  });

  it('writes nothing: the fixture folder holds only the fixtures after every import', async () => {
    const before = (await readdir(dir)).sort();
    for (const key of Object.keys(files) as (keyof typeof files)[]) await load(key).catch(() => undefined);
    expect((await readdir(dir)).sort()).toEqual(before);
  });
});
