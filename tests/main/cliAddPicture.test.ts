/**
 * `briefdeck add DECK --picture IMAGE` through the built CLI: a picture slide from an image file, through the same
 * picture service as the app (scaled, metadata stripped), and each bad picture refused in one line with the deck
 * file byte-identical.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DeckSchema, type SlideOf } from '../../src-shared/deck';
import { ensureBuiltCli, runCli, tempDir } from './exportTestKit';
import { writePictureFixtures } from './pictureFixtures';

let dir: string;
let files: Awaited<ReturnType<typeof writePictureFixtures>>;
beforeAll(async () => {
  ensureBuiltCli();
  dir = tempDir();
  files = await writePictureFixtures(join(dir, 'pictures'));
}, 120_000);

const deckCopy = (name: string): string => {
  const file = join(dir, name);
  copyFileSync('tests/fixtures/decks/small.briefdeck', file);
  return file;
};

describe('briefdeck add --picture', () => {
  test('adds a picture slide with its alt text, caption and source line, scaled to fit 1920×1080 px', () => {
    const file = deckCopy('add.briefdeck');
    const before = DeckSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const r = runCli(['add', file, '--picture', files.large, '--alt', 'A wide landscape photo.', '--title', 'The valley', '--caption', 'The valley at noon', '--source-line', 'Photo: fixture', '--after', '1']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`added slide 2 (“The valley”, picture) to ${file}\n`);
    const deck = DeckSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(deck.slides).toHaveLength(before.slides.length + 1);
    const slide = deck.slides[1] as SlideOf<'picture'>;
    expect(slide.layout).toBe('picture');
    expect(slide.picture).toMatchObject({ alt: 'A wide landscape photo.', caption: 'The valley at noon', sourceLine: 'Photo: fixture', fit: 'contain', width: 1440, height: 1080 });
    expect(slide.picture!.src.startsWith('data:image/jpeg;base64,')).toBe(true);
  });

  test.each([
    ['notImage', 'notes-renamed.png is not an image (its contents are not PNG, JPEG, WebP, GIF, TIFF, AVIF or SVG)'],
    ['hugeHeader', 'huge-header.png is too large an image (100000 × 100000 px; pictures up to 50 megapixels are accepted)'],
    ['svgForeignObject', 'foreign-object.svg was refused: the SVG has a <foreignObject> element, an external reference (src="x"), an onerror event handler (nothing in a deck may run or fetch)'],
  ] as const)('refuses %s in one line and leaves the deck byte-identical', (key, message) => {
    const file = deckCopy(`bad-${key}.briefdeck`);
    const before = readFileSync(file);
    const r = runCli(['add', file, '--picture', files[key], '--alt', 'x']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`briefdeck: ${message}\n`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test('a picture file that is not there gets the one line every command gives, and the deck is untouched', () => {
    const file = deckCopy('missing.briefdeck');
    const before = readFileSync(file);
    const r = runCli(['add', file, '--picture', 'no-such-photo.jpg', '--alt', 'x']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('briefdeck: cannot read no-such-photo.jpg: no such file (ENOENT)\n');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test('refuses an unknown --fit as a usage error', () => {
    const file = deckCopy('fit.briefdeck');
    const r = runCli(['add', file, '--picture', files.photo, '--alt', 'x', '--fit', 'stretch']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('briefdeck: --fit must be contain or cover (given: stretch)\n');
  });
});
