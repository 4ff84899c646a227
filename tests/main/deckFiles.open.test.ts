import { readdirSync, statSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeckFileError, nodeFs, openDeckFile, sha256Hex } from '../../src-main/services/deckFiles';
import { bytesOf, copyFixture, tempDir } from './deckFilesTestKit';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

async function openError(path: string, options = {}): Promise<DeckFileError> {
  try {
    await openDeckFile(path, options);
  } catch (err) {
    if (err instanceof DeckFileError) return err;
    throw err;
  }
  throw new Error(`expected ${path} to be refused`);
}

describe('openDeckFile', () => {
  it('opens a valid deck with the sha256 of its bytes', async () => {
    const path = copyFixture(t.dir, 'decks', 'small.briefdeck');
    const opened = await openDeckFile(path);
    expect(opened.deck.slides).toHaveLength(5);
    expect(opened.hash).toBe(sha256Hex(bytesOf(path)));
    expect(opened).toMatchObject({ path, readOnly: false, warnings: [] });
  });

  const BAD: [string, string, RegExp][] = [
    ['malformed.briefdeck', 'bad-deck', /line 5, column 3/],
    ['empty.briefdeck', 'bad-deck', /line 1, column 1: the file is empty/],
    ['truncated.briefdeck', 'bad-deck', /truncated/],
    ['not-utf8.briefdeck', 'bad-deck', /not valid UTF-8/],
    ['deep-nesting.briefdeck', 'bad-deck', /deeper than/],
    ['proto-key.briefdeck', 'bad-deck', /slides\[2\]\.__proto__/],
    ['constructor-key.briefdeck', 'bad-deck', /constructor/],
    ['duplicate-keys.briefdeck', 'bad-deck', /appears twice/],
    ['huge-number.briefdeck', 'bad-deck', /1e400/],
    ['nan.briefdeck', 'bad-deck', /NaN/],
    ['lone-surrogate.briefdeck', 'bad-deck', /surrogate/],
    ['wrong-type.briefdeck', 'bad-deck', /slides\[3\]\.title/],
    ['missing-field.briefdeck', 'bad-deck', /slides\[1\]\.id/],
    ['newer-version-incompatible.briefdeck', 'bad-deck', /newer BriefDeck/],
    ['asset-path.briefdeck', 'bad-deck', /background\.src/],
    ['file-url.briefdeck', 'bad-deck', /background\.src/],
  ];
  it.each(BAD)('%s: a clear error naming the file, and the file is never written', async (name, code, message) => {
    const path = copyFixture(t.dir, 'bad-decks', name);
    const before = bytesOf(path);
    const mtime = statSync(path).mtimeMs;
    const err = await openError(path);
    expect(err.code).toBe(code);
    expect(err.message).toContain(`“${name}”`);
    expect(err.message).toMatch(message);
    expect(bytesOf(path).equals(before)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);
    expect(readdirSync(t.dir)).toEqual([name]);
  });

  it('opens a BOM file, a file with unknown fields, an older and a newer version without writing them', async () => {
    for (const name of ['bom.briefdeck', 'unknown-fields.briefdeck', 'older-version.briefdeck', 'newer-version.briefdeck']) {
      const path = copyFixture(t.dir, 'bad-decks', name);
      const before = bytesOf(path);
      const opened = await openDeckFile(path);
      expect(opened.readOnly).toBe(name === 'newer-version.briefdeck');
      expect(opened.migratedFrom).toBe(name === 'older-version.briefdeck' ? 0 : undefined);
      expect(bytesOf(path).equals(before)).toBe(true);
    }
  });

  it('refuses a file over the 200 MB cap after stat, without reading it', async () => {
    const path = join(t.dir, 'huge.briefdeck');
    writeFileSync(path, '{');
    truncateSync(path, 201 * 1024 * 1024); // sparse: no real disk use
    let reads = 0;
    const fs = { ...nodeFs, readFile: ((...args: Parameters<typeof nodeFs.readFile>) => (reads++, nodeFs.readFile(...args))) as typeof nodeFs.readFile };
    const err = await openError(path, { fs });
    expect(err.reason).toBe('too-large');
    expect(err.message).toMatch(/201\.0 MB, over the 200 MB limit/);
    expect(reads).toBe(0);
  });

  it('a missing file or a folder gives an io error', async () => {
    expect((await openError(join(t.dir, 'nope.briefdeck'))).message).toMatch(/does not exist \(ENOENT\)/);
    mkdirSync(join(t.dir, 'folder.briefdeck'));
    expect((await openError(join(t.dir, 'folder.briefdeck'))).message).toMatch(/is a folder \(EISDIR\)/);
  });
});
