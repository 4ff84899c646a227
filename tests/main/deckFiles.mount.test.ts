import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeckFileError, openDeckFile, saveDeckFile } from '../../src-main/services/deckFiles';
import { setNotes } from '../../src-shared/commands';
import { bytesOf, copyFixture, tempDir } from './deckFilesTestKit';

/**
 * Real file-system failures on a small tmpfs (docs/security.md: "Test read-only with a read-only mount"): a full disk
 * and a read-only mount. Needs root and mount(8), as in this project's CI container; elsewhere it is skipped.
 */
function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const t = tempDir();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', t.dir], { stdio: 'ignore' });
    execFileSync('umount', [t.dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    t.cleanup();
  }
}
const mountable = canMount();
if (!mountable) console.log('deckFiles.mount.test: skipped (needs root and mount(8) to make a small tmpfs)');

let t: ReturnType<typeof tempDir>;
let mnt: string;
beforeEach(() => {
  t = tempDir();
  mnt = join(t.dir, 'mnt');
  mkdirSync(mnt);
});
afterEach(() => {
  if (mountable) {
    try {
      execFileSync('umount', [mnt], { stdio: 'ignore' });
    } catch {
      // not mounted
    }
  }
  t.cleanup();
});

async function saveError(p: Promise<unknown>): Promise<DeckFileError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof DeckFileError)) throw new Error(`expected a DeckFileError, got ${String(err)}`);
  return err;
}

describe.skipIf(!mountable)('saving on a real full or read-only disk', () => {
  it('a full disk (ENOSPC): the error says so, the old file is byte-identical, no temp file is left', async () => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]);
    const path = copyFixture(mnt, 'decks', 'small.briefdeck');
    const before = bytesOf(path);
    const opened = await openDeckFile(path);
    try {
      writeFileSync(join(mnt, 'filler'), Buffer.alloc(128 * 1024));
    } catch {
      // the filler takes every free block and then fails: the disk is now full
    }
    const edited = setNotes.perform(opened.deck, { id: 's-title', notes: 'x'.repeat(20_000) });
    const err = await saveError(saveDeckFile(path, edited, { expectedHash: opened.hash }));
    expect(err.details.errno).toBe('ENOSPC');
    expect(err.message).toMatch(/the disk is full \(ENOSPC\).*unchanged/);
    expect(bytesOf(path).equals(before)).toBe(true);
    expect(readdirSync(mnt).sort()).toEqual(['filler', 'small.briefdeck']);
  });

  it('a nearly full disk (room for part of the deck): ENOSPC, never a truncated file in its place', async () => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]);
    const path = copyFixture(mnt, 'decks', 'small.briefdeck');
    const before = bytesOf(path);
    const opened = await openDeckFile(path);
    const free = () => {
      const s = statfsSync(mnt);
      return s.bavail * s.bsize;
    };
    writeFileSync(join(mnt, 'filler'), Buffer.alloc(free() - 8192));
    expect(free()).toBe(8192);
    const edited = setNotes.perform(opened.deck, { id: 's-title', notes: 'x'.repeat(20_000) }); // needs about 3 times the room left
    const err = await saveError(saveDeckFile(path, edited, { expectedHash: opened.hash }));
    expect(err.details.errno).toBe('ENOSPC');
    expect(err.message).toMatch(/the disk is full \(ENOSPC\).*unchanged/);
    expect(bytesOf(path).equals(before)).toBe(true);
    expect(readdirSync(mnt).sort()).toEqual(['filler', 'small.briefdeck']);
  });

  it('a read-only mount (EROFS): open works and writes nothing; save fails clearly, file unchanged', async () => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]);
    const path = copyFixture(mnt, 'decks', 'small.briefdeck');
    execFileSync('mount', ['-o', 'remount,ro', mnt]);
    const before = bytesOf(path);
    const opened = await openDeckFile(path);
    const err = await saveError(saveDeckFile(path, setNotes.perform(opened.deck, { id: 's-title', notes: 'edit' }), { expectedHash: opened.hash }));
    expect(err.details.errno).toBe('EROFS');
    expect(err.message).toMatch(/the disk is read-only \(EROFS\)/);
    expect(bytesOf(path).equals(before)).toBe(true);
    expect(readdirSync(mnt)).toEqual(['small.briefdeck']);
  });
});
