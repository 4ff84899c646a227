/**
 * Writes the picture fixtures into a folder, with sharp, so that no binary fixture is committed: a photo-like JPEG
 * with EXIF (camera, GPS position), a PNG with transparency, a 4000×3000 photo that must be scaled down, a text file
 * named .png, a PNG whose header claims 100000×100000 px, SVGs with a script, an onload handler, a foreignObject,
 * an external href, and a clean SVG. The picture tests call it in their set-up, into a temporary folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';

/** File names of the fixtures, by what they are. */
export const PICTURE_FIXTURES = {
  photo: 'photo-with-gps.jpg',
  alpha: 'logo-alpha.png',
  large: 'large-photo.jpg',
  notImage: 'notes-renamed.png',
  hugeHeader: 'huge-header.png',
  svgScript: 'script.svg',
  svgOnload: 'onload.svg',
  svgForeignObject: 'foreign-object.svg',
  svgExternal: 'external-href.svg',
  svgClean: 'clean.svg',
} as const;

/** A photo-like image: a sky-to-ground gradient under Gaussian noise (thousands of colours, so JPEG). */
async function photo(width: number, height: number): Promise<Sharp> {
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6aa7e0"/><stop offset=".6" stop-color="#dfe9f2"/><stop offset=".61" stop-color="#7a8c4a"/><stop offset="1" stop-color="#3d4a22"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width * 0.7}" cy="${height * 0.3}" r="${height * 0.12}" fill="#fff3b0"/></svg>`,
  );
  const base = await sharp(gradient).png().toBuffer();
  const noise = await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 24 } } }).png().toBuffer();
  return sharp(base).composite([{ input: noise, blend: 'overlay' }]);
}

/** A PNG chunk: length, type, data, CRC-32 over type and data. */
function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  let crc = 0xffffffff;
  for (const byte of body) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE((crc ^ 0xffffffff) >>> 0, 8 + data.length);
  return out;
}

/** A well-formed PNG header that claims `width` × `height` px, followed by one tiny IDAT and IEND. */
function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(Buffer.alloc(64))), pngChunk('IEND', Buffer.alloc(0))]);
}

const SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="360" viewBox="0 0 640 360">';

/** Writes every fixture into `dir` (created if need be) and returns the full path of each. */
export async function writePictureFixtures(dir: string): Promise<Record<keyof typeof PICTURE_FIXTURES, string>> {
  await mkdir(dir, { recursive: true });
  const path = (k: keyof typeof PICTURE_FIXTURES) => join(dir, PICTURE_FIXTURES[k]);
  await (await photo(1200, 800))
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'FixtureCam', Model: 'FX-1', Copyright: 'fixture' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 55/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '32/1 51/1 0/1' },
    })
    .toFile(path('photo'));
  await (await photo(4000, 3000)).jpeg({ quality: 92 }).toFile(path('large'));
  const logo = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><circle cx="200" cy="150" r="120" fill="#1f4e79" fill-opacity=".85"/><rect x="150" y="100" width="100" height="100" fill="#e0a030"/></svg>`;
  await sharp(Buffer.from(logo)).png().toFile(path('alpha'));
  await writeFile(path('notImage'), 'Meeting notes, not a picture.\nAnkara, Tehran, Baku.\n');
  await writeFile(path('hugeHeader'), pngClaiming(100_000, 100_000));
  const svg = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${SVG_OPEN}${body}</svg>\n`;
  await writeFile(path('svgScript'), svg('<rect width="640" height="360" fill="#ccc"/><script>window.__pwned = 1</script>'));
  await writeFile(path('svgOnload'), svg('<rect width="640" height="360" fill="#ccc" onload="window.__pwned = 1"/>'));
  await writeFile(path('svgForeignObject'), svg('<foreignObject width="640" height="360"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="window.__pwned = 1"/></div></foreignObject>'));
  await writeFile(path('svgExternal'), svg('<image href="https://example.org/tracker.png" width="640" height="360"/>'));
  await writeFile(
    path('svgClean'),
    svg(
      '<defs><linearGradient id="sea" x1="0" x2="1"><stop offset="0" stop-color="#9cc3e6"/><stop offset="1" stop-color="#5b8fc7"/></linearGradient></defs>' +
        '<rect width="640" height="360" fill="url(#sea)"/><path d="M80 280 L220 90 L330 230 L420 150 L560 280 Z" fill="#6b8e4e" stroke="#2f4a1f" stroke-width="4"/>' +
        '<use xlink:href="#peak" x="10"/><circle id="peak" cx="220" cy="90" r="10" fill="#c0392b"/><text x="320" y="330" font-size="28" text-anchor="middle" font-family="sans-serif" fill="#123">Fixture diagram</text>',
    ),
  );
  return Object.fromEntries(Object.keys(PICTURE_FIXTURES).map((k) => [k, path(k as keyof typeof PICTURE_FIXTURES)])) as Record<keyof typeof PICTURE_FIXTURES, string>;
}

