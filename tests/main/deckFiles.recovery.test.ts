import { readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentFiles, createRecoveryStore, DeckFileError, openDeckFile } from '../../src-main/services/deckFiles';
import { setNotes } from '../../src-shared/commands';
import { bytesOf, copyFixture, injectFsFailure, tempDir } from './deckFilesTestKit';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

function fakeClock(start = Date.UTC(2026, 10, 29, 12)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('createRecoveryStore', () => {
  it('writes a copy beside the user file, never over it; read restores the edits', async () => {
    const path = copyFixture(t.dir, 'decks', 'small.briefdeck');
    const before = bytesOf(path);
    const { deck } = await openDeckFile(path);
    const edited = setNotes.perform(deck, { id: 's-bluf', notes: 'Unsaved notes' });
    const clock = fakeClock();
    const store = createRecoveryStore(join(t.dir, 'userData', 'recovery'), { now: clock.now });
    await store.write('window-1', edited, path);
    expect(bytesOf(path).equals(before)).toBe(true);
    expect(statSync(join(t.dir, 'userData', 'recovery')).mode & 0o777).toBe(0o700);
    const { entry, deck: restored } = await store.read('window-1');
    expect(restored).toEqual(edited);
    expect(entry).toEqual({ key: 'window-1', filePath: path, title: deck.title, savedAt: clock.now(), newerThanFile: false });
  });

  it('lists newest first, with timestamps, and says whether each copy is newer than its file', async () => {
    const path = copyFixture(t.dir, 'decks', 'small.briefdeck');
    const { deck } = await openDeckFile(path);
    const fileTime = statSync(path).mtimeMs;
    const clock = fakeClock(fileTime - 60_000);
    const store = createRecoveryStore(join(t.dir, 'recovery'), { now: clock.now });
    await store.write('old', deck, path); // older than the file
    clock.advance(120_000);
    await store.write('untitled', { ...deck, title: 'Never saved' }); // no file
    clock.advance(1_000);
    await store.write('newer', deck, path);
    const list = await store.list();
    expect(list.map((e) => [e.key, e.newerThanFile])).toEqual([
      ['newer', true],
      ['untitled', true],
      ['old', false],
    ]);
    expect(list[0].savedAt - list[1].savedAt).toBe(1_000);
    utimesSync(path, new Date(), new Date(clock.now() + 10_000)); // the file is saved after the copy
    expect((await store.list()).find((e) => e.key === 'newer')?.newerThanFile).toBe(false);
  });

  it('rewrites one file per key; discard removes it; unknown keys are not found', async () => {
    const { deck } = await openDeckFile(copyFixture(t.dir, 'decks', 'small.briefdeck'));
    const dir = join(t.dir, 'recovery');
    const store = createRecoveryStore(dir);
    await store.write('k', deck);
    await store.write('k', setNotes.perform(deck, { id: 's-title', notes: 'v2' }));
    expect(readdirSync(dir)).toHaveLength(1);
    expect((await store.read('k')).deck.slides[0].notes).toBe('v2');
    await store.discard('k');
    await store.discard('k');
    expect(await store.list()).toEqual([]);
    await expect(store.read('k')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keys never become paths', async () => {
    const { deck } = await openDeckFile(copyFixture(t.dir, 'decks', 'small.briefdeck'));
    const dir = join(t.dir, 'recovery');
    const store = createRecoveryStore(dir);
    await store.write('../../escape', deck);
    expect(readdirSync(t.dir).sort()).toEqual(['recovery', 'small.briefdeck']);
    expect(readdirSync(dir)[0]).toMatch(/^[0-9a-f]{40}\.recovery\.json$/);
    expect((await store.list())[0].key).toBe('../../escape');
  });

  it('a damaged copy is skipped by list and reported by read', async () => {
    const { deck } = await openDeckFile(copyFixture(t.dir, 'decks', 'small.briefdeck'));
    const dir = join(t.dir, 'recovery');
    const store = createRecoveryStore(dir);
    await store.write('good', deck);
    await store.write('bad', deck);
    const badFile = readdirSync(dir).map((n) => join(dir, n)).find((f) => bytesOf(f).includes('"key":"bad"'))!;
    const record = JSON.parse(bytesOf(badFile).toString('utf8'));
    writeFileSync(badFile, JSON.stringify({ ...record, deckText: record.deckText.slice(0, 100) }));
    writeFileSync(join(dir, 'garbage.recovery.json'), '{not json');
    expect((await store.list()).map((e) => e.key).sort()).toEqual(['bad', 'good']);
    const err = await store.read('bad').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeckFileError);
    expect((err as DeckFileError).message).toMatch(/damaged: Malformed JSON at line/);
  });

  it('a failed write reports io and leaves the previous copy intact', async () => {
    const { deck } = await openDeckFile(copyFixture(t.dir, 'decks', 'small.briefdeck'));
    const dir = join(t.dir, 'recovery');
    await createRecoveryStore(dir).write('k', deck);
    await injectFsFailure('ENOSPC');
    const failing = createRecoveryStore(dir);
    await expect(failing.write('k', setNotes.perform(deck, { id: 's-title', notes: 'lost' }))).rejects.toMatchObject({ code: 'io' });
    expect((await createRecoveryStore(dir).read('k')).deck).toEqual(deck);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});

describe('createRecentFiles', () => {
  it('keeps the newest 10, newest first, moves a re-opened file to the top, and persists', async () => {
    const store = join(t.dir, 'recent.json');
    const clock = fakeClock();
    const recent = createRecentFiles(store, 10, { now: clock.now });
    for (let i = 0; i < 12; i++) {
      clock.advance(1000);
      await recent.add(join(t.dir, `deck-${i}.briefdeck`));
    }
    clock.advance(1000);
    await recent.add(join(t.dir, 'deck-5.briefdeck'));
    const list = await createRecentFiles(store).list();
    expect(list.map((f) => f.name)).toEqual(['deck-5', 11, 10, 9, 8, 7, 6, 4, 3, 2].map((n) => (typeof n === 'string' ? `${n}.briefdeck` : `deck-${n}.briefdeck`)));
    expect(list[0]).toEqual({ path: join(t.dir, 'deck-5.briefdeck'), name: 'deck-5.briefdeck', openedAt: clock.now() });
    await recent.remove(join(t.dir, 'deck-11.briefdeck'));
    expect((await recent.list()).map((f) => f.name)).not.toContain('deck-11.briefdeck');
  });

  it('concurrent adds lose nothing; a damaged store reads as empty', async () => {
    const store = join(t.dir, 'recent.json');
    const recent = createRecentFiles(store);
    await Promise.all([1, 2, 3, 4, 5].map((i) => recent.add(join(t.dir, `d${i}.briefdeck`))));
    expect(await recent.list()).toHaveLength(5);
    writeFileSync(store, '{"version":1,"files":[{"path":1}]}');
    expect(await recent.list()).toEqual([]);
    await recent.add('relative.briefdeck');
    expect((await recent.list())[0].path).toBe(join(process.cwd(), 'relative.briefdeck'));
  });
});
