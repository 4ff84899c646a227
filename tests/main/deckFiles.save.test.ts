import { chmodSync, lstatSync, mkdirSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeckFileService, DeckFileError, openDeckFile, saveDeckFile, sha256Hex } from '../../src-main/services/deckFiles';
import { setSlideTitle } from '../../src-shared/commands';
import { type Deck, serializeDeck } from '../../src-shared/deck';
import { bytesOf, copyFixture, injectFsFailure, tempDir } from './deckFilesTestKit';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const edit = (deck: Deck, title = 'Edited title') => setSlideTitle.perform(deck, { id: 's-title', title });

async function saveError(p: Promise<unknown>): Promise<DeckFileError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof DeckFileError) return err;
    throw err;
  }
  throw new Error('expected the save to fail');
}

describe('saveDeckFile', () => {
  it('writes the serialized deck atomically and returns its hash; it reopens equal', async () => {
    const path = copyFixture(t.dir, 'decks', 'small.briefdeck');
    const opened = await openDeckFile(path);
    const deck = edit(opened.deck);
    const { hash } = await saveDeckFile(path, deck, { expectedHash: opened.hash });
    expect(bytesOf(path).toString('utf8')).toBe(serializeDeck(deck));
    expect(hash).toBe(sha256Hex(bytesOf(path)));
    expect((await openDeckFile(path)).deck).toEqual(deck);
    expect(readdirSync(t.dir)).toEqual(['small.briefdeck']); // no temp file left
  });

  it('creates a new file (Save As) with no BOM', async () => {
    const deck = (await openDeckFile(copyFixture(t.dir, 'bad-decks', 'bom.briefdeck'))).deck;
    const path = join(t.dir, 'copy.briefdeck');
    await saveDeckFile(path, deck);
    expect([...bytesOf(path).subarray(0, 1)]).toEqual([0x7b]);
  });

  it('keeps the file mode', async () => {
    const path = copyFixture(t.dir, 'decks', 'small.briefdeck');
    for (const mode of [0o640, 0o600, 0o666]) {
      chmodSync(path, mode);
      const opened = await openDeckFile(path);
      await saveDeckFile(path, edit(opened.deck, `mode ${mode}`), { expectedHash: opened.hash });
      expect(statSync(path).mode & 0o777).toBe(mode);
    }
  });

  it('a symlink stays a link and its target gets the new content', async () => {
    mkdirSync(join(t.dir, 'real'));
    const target = copyFixture(join(t.dir, 'real'), 'decks', 'small.briefdeck');
    const link = join(t.dir, 'link.briefdeck');
    symlinkSync('real/small.briefdeck', link);
    const opened = await openDeckFile(link);
    const deck = edit(opened.deck);
    await saveDeckFile(link, deck, { expectedHash: opened.hash });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real/small.briefdeck');
    expect(bytesOf(target).toString('utf8')).toBe(serializeDeck(deck));
    expect(readdirSync(t.dir).sort()).toEqual(['link.briefdeck', 'real']);
  });

  it('a link to a file not there yet: the target is created and the link stays a link', async () => {
    const deck = (await openDeckFile(copyFixture(t.dir, 'decks', 'small.briefdeck'))).deck;
    mkdirSync(join(t.dir, 'real'));
    const link = join(t.dir, 'link.briefdeck');
    symlinkSync('real/new.briefdeck', link);
    await saveDeckFile(link, deck);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(bytesOf(join(t.dir, 'real', 'new.briefdeck')).toString('utf8')).toBe(serializeDeck(deck));
    expect(readdirSync(t.dir).sort()).toEqual(['link.briefdeck', 'real', 'small.briefdeck']);
    expect(readdirSync(join(t.dir, 'real'))).toEqual(['new.briefdeck']);
  });

  it('refuses to overwrite a file that changed on disk (content hash), unless confirmed', async () => {
    const path = copyFixture(t.dir, 'decks', 'small.briefdeck');
    const opened = await openDeckFile(path);
    const theirs = serializeDeck(edit(opened.deck, 'Changed by a colleague'));
    writeFileSync(path, theirs);
    const err = await saveError(saveDeckFile(path, edit(opened.deck), { expectedHash: opened.hash }));
    expect(err.reason).toBe('conflict');
    expect(err.details.diskHash).toBe(sha256Hex(theirs));
    expect(err.message).toMatch(/changed on disk since it was opened/);
    expect(bytesOf(path).toString('utf8')).toBe(theirs);
    await saveDeckFile(path, edit(opened.deck), { expectedHash: opened.hash, overwriteChanged: true });
    expect((await openDeckFile(path)).deck.title).toBe(opened.deck.title);
    expect((await openDeckFile(path)).deck.slides[0].title).toBe('Edited title');
  });

  it('the same bytes rewritten (touch) is not a conflict: the hash decides, not the mtime', async () => {
    const path = copyFixture(t.dir, 'decks', 'small.briefdeck');
    const opened = await openDeckFile(path);
    writeFileSync(path, bytesOf(path));
    await expect(saveDeckFile(path, edit(opened.deck), { expectedHash: opened.hash })).resolves.toHaveProperty('hash');
  });

  it('never saves over a deck from a newer file format', async () => {
    const path = copyFixture(t.dir, 'bad-decks', 'newer-version.briefdeck');
    const before = bytesOf(path);
    const opened = await openDeckFile(path);
    expect(opened.readOnly).toBe(true);
    const err = await saveError(saveDeckFile(path, edit(opened.deck), { expectedHash: opened.hash, overwriteChanged: true }));
    expect(err.reason).toBe('read-only');
    expect(err.code).toBe('read-only');
    expect(bytesOf(path).equals(before)).toBe(true);
  });

  it('an older file is migrated in memory and written only on an explicit save', async () => {
    const path = copyFixture(t.dir, 'bad-decks', 'older-version.briefdeck');
    const before = bytesOf(path);
    const opened = await openDeckFile(path);
    expect(bytesOf(path).equals(before)).toBe(true);
    await saveDeckFile(path, opened.deck, { expectedHash: opened.hash });
    expect(JSON.parse(bytesOf(path).toString('utf8'))).toMatchObject({ schemaVersion: 2, classification: { text: 'SECRET//NOFORN', level: 'secret' } });
  });

  it('refuses an invalid in-memory deck without writing', async () => {
    const path = copyFixture(t.dir, 'decks', 'small.briefdeck');
    const before = bytesOf(path);
    const opened = await openDeckFile(path);
    const broken = { ...opened.deck, slides: [{ ...opened.deck.slides[0], title: 7 }] } as unknown as Deck;
    const err = await saveError(saveDeckFile(path, broken));
    expect(err.reason).toBe('invalid-deck');
    expect(err.message).toMatch(/slides\[0\]\.title/);
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = [deep];
    const tooDeep = { ...opened.deck, extension: deep } as Deck;
    expect((await saveError(saveDeckFile(path, tooDeep))).message).toMatch(/would not open again.*deeper/);
    expect(bytesOf(path).equals(before)).toBe(true);
  });

  const FAILURES: [string, 'write' | 'sync' | 'rename', RegExp][] = [
    ['ENOSPC', 'write', /the disk is full \(ENOSPC\)/],
    ['EIO', 'sync', /input\/output error \(EIO\)/],
    ['EACCES', 'rename', /permission denied \(EACCES\)/],
    ['EROFS', 'rename', /read-only \(EROFS\)/],
  ];
  it.each(FAILURES)('%s during %s: a clear error, the old file byte-identical, no temp file left', async (code, at, message) => {
    const path = copyFixture(t.dir, 'decks', 'small.briefdeck');
    const before = bytesOf(path);
    const opened = await openDeckFile(path);
    const fs = await injectFsFailure(code, at);
    const err = await saveError(saveDeckFile(path, edit(opened.deck), { expectedHash: opened.hash }));
    expect(err.reason).toBe('io');
    expect(err.code).toBe('io');
    expect(err.details.errno).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.message).toMatch(/Cannot save “small\.briefdeck”.*unchanged/);
    expect(fs.opened).toHaveLength(1);
    expect(bytesOf(path).equals(before)).toBe(true);
    expect(readdirSync(t.dir)).toEqual(['small.briefdeck']);
  });

  it('a missing folder: ENOENT, nothing created', async () => {
    const deck = (await openDeckFile(copyFixture(t.dir, 'decks', 'small.briefdeck'))).deck;
    const err = await saveError(saveDeckFile(join(t.dir, 'gone', 'x.briefdeck'), deck));
    expect(err.message).toMatch(/does not exist \(ENOENT\)/);
    expect(readdirSync(t.dir)).toEqual(['small.briefdeck']);
  });
});

describe('createDeckFileService (the handlers’ DeckFileService)', () => {
  it('open returns deck, hash, readOnly, warnings; save reports a conflict as data', async () => {
    const service = createDeckFileService();
    const path = copyFixture(t.dir, 'decks', 'small.briefdeck');
    const read = await service.open(path);
    expect(Object.keys(read).sort()).toEqual(['deck', 'hash', 'readOnly', 'warnings']);
    writeFileSync(path, `${bytesOf(path).toString('utf8')}\n`);
    const result = await service.save(path, edit(read.deck), { expectedHash: read.hash });
    expect(result).toEqual({ conflict: { diskHash: sha256Hex(bytesOf(path)) } });
    const saved = await service.save(path, edit(read.deck), { expectedHash: read.hash, overwriteChanged: true });
    expect(saved).toEqual({ hash: sha256Hex(bytesOf(path)) });
  });

  it('a bad file is a ServiceFailure with code bad-deck', async () => {
    const service = createDeckFileService();
    await expect(service.open(copyFixture(t.dir, 'bad-decks', 'proto-key.briefdeck'))).rejects.toMatchObject({ code: 'bad-deck', name: 'DeckFileError' });
  });
});
