/**
 * Leave nothing behind: a save or a recovery write killed half way (a real SIGKILL of a real Node process writing a
 * big deck with the app's own writers) leaves its write-file-atomic temp file; the next save of that deck, the next
 * export to the same file, and the recovery folder's first listing at start, remove it, and remove nothing that is
 * not ours.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDeck, serializeDeck, type Deck } from '../../src-shared/deck';
import { createRecoveryStore, saveDeckFile } from '../../src-main/services/deckFiles';
import { writeOutputFile } from '../../src-main/services/export/writeOutputFile';
import { markTempInFlight, removeTempLeftovers, tempTargetOf } from '../../src-main/services/fileWrites/tempLeftovers';
import { fixturePath, tempDir } from './deckFilesTestKit';

const ROOT = resolve(__dirname, '../..');
/** Saves killed in a row before the next save. */
const KILLS = 3;
let childJs: string;
let bigDeckJson: string;
const t = tempDir();

/** A deck of about 20 MB: the small fixture's slides repeated, each with 100,000 characters of notes. */
function bigDeck(): Deck {
  const parsed = parseDeck(readFileSync(fixturePath('decks', 'small.briefdeck'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const base = parsed.deck.slides;
  const slides = Array.from({ length: 200 }, (_, i) => ({ ...base[i % base.length], id: `big-${i}`, notes: `${i} `.padEnd(100_000, 'notes ') }));
  return { ...parsed.deck, slides } as Deck;
}

beforeAll(async () => {
  // The child runs the real saveDeckFile / recovery store: bundled from source, its packages left to node_modules.
  const outDir = join(ROOT, 'tests', 'artifacts', 'leftovers-child');
  mkdirSync(outDir, { recursive: true });
  childJs = join(outDir, 'saveLoopChild.cjs');
  await build({ input: join(__dirname, 'saveLoopChild.ts'), platform: 'node', external: (id) => !id.startsWith('.') && !id.startsWith('/'), output: { file: childJs, format: 'cjs' }, logLevel: 'silent' });
  bigDeckJson = join(t.dir, 'big.json');
  writeFileSync(bigDeckJson, serializeDeck(bigDeck()));
}, 120_000);
afterAll(() => t.cleanup());

/** Names in `dir` that are write-file-atomic temp files of `target`. */
const tempsOf = (dir: string, target: (name: string) => boolean) => readdirSync(dir).filter((n) => tempTargetOf(n, target) !== undefined);

/**
 * Starts the child writing `target` in a loop, waits until a deck was written once and a temp file of its own is
 * there (one that was not there before), and kills it with SIGKILL at that moment. Retries (a new child) when the
 * rename beat the kill. Resolves with the names of the temp files this kill left.
 */
async function killDuringWrite(mode: 'save' | 'recovery' | 'export', target: string, folder: string, isTarget: (name: string) => boolean): Promise<string[]> {
  const before = new Set(existsSync(folder) ? tempsOf(folder, isTarget) : []);
  const fresh = () => tempsOf(folder, isTarget).filter((n) => !before.has(n));
  for (let attempt = 0; attempt < 10; attempt++) {
    const child: ChildProcess = spawn(process.execPath, [childJs, mode, target, bigDeckJson], { stdio: ['ignore', 'pipe', 'pipe'] });
    let saved = 0;
    let stderr = '';
    child.stdout!.on('data', (b: Buffer) => void (saved += b.toString().split('saved').length - 1));
    child.stderr!.on('data', (b: Buffer) => void (stderr += b.toString()));
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    // Wait for the state (a complete write, then a temp file in progress), polling the folder every 2 ms.
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the writer exited: ${stderr}`);
      if (saved > 0 && fresh().length > 0) break;
      await new Promise((r) => setTimeout(r, 2));
    }
    child.kill('SIGKILL');
    await exited;
    expect(child.signalCode).toBe('SIGKILL');
    const left = fresh();
    if (left.length > 0) return left;
  }
  throw new Error('no write was caught half way in 10 tries');
}

/** Sets a file's times a few minutes back, as it is when the next save or start comes after the crash. */
function age(path: string): void {
  const then = new Date(Date.now() - 5 * 60_000);
  utimesSync(path, then, then);
}

describe('temp files left by a killed save', () => {
  it('the next save removes them, the deck stays valid, and look-alikes that are not ours are kept', async () => {
    const dir = join(t.dir, 'save');
    mkdirSync(dir);
    const deckPath = join(dir, 'brief.briefdeck');
    // Three crashes in a row, each a new writer process: each leaves its own temp file, and the deck stays whole.
    const isDeck = (n: string) => n === 'brief.briefdeck';
    for (let kill = 1; kill <= KILLS; kill++) {
      expect(await killDuringWrite('save', deckPath, dir, isDeck)).toHaveLength(1);
      expect(tempsOf(dir, isDeck)).toHaveLength(kill);
      // The deck on disk is whole: the old or the new version, never a mix.
      expect(parseDeck(readFileSync(deckPath, 'utf8')).ok).toBe(true);
    }
    // Each is a regular file, empty or partly written, depending on when the kill came.
    for (const left of tempsOf(dir, isDeck)) expect(statSync(join(dir, left)).isFile()).toBe(true);

    const lookAlikes = ['brief.briefdeck.bak', 'brief.briefdeck.0123', 'brief.briefdeck.4294967296', 'brief.briefdeck.12a', 'other.briefdeck.123456', 'brief.briefdeck', 'notes.txt'];
    for (const name of lookAlikes.filter((n) => n !== 'brief.briefdeck')) writeFileSync(join(dir, name), 'mine');
    mkdirSync(join(dir, 'brief.briefdeck.424242'));
    symlinkSync(join(t.dir, 'elsewhere'), join(dir, 'brief.briefdeck.777'));
    for (const name of readdirSync(dir)) if (name !== 'brief.briefdeck.777') age(join(dir, name));

    const deck = parseDeck(readFileSync(fixturePath('decks', 'small.briefdeck'), 'utf8'));
    if (!deck.ok) throw new Error(deck.error.message);
    await saveDeckFile(deckPath, deck.deck);

    expect(readdirSync(dir).sort()).toEqual([...lookAlikes, 'brief.briefdeck.424242', 'brief.briefdeck.777'].sort());
    for (const name of lookAlikes.filter((n) => n !== 'brief.briefdeck')) expect(readFileSync(join(dir, name), 'utf8'), name).toBe('mine');
    const saved = parseDeck(readFileSync(deckPath, 'utf8'));
    expect(saved.ok && saved.deck.slides.length).toBe(deck.deck.slides.length);
  }, 120_000);

  it('keeps a temp file that is still being written: fresh, or in flight in this process', async () => {
    const dir = join(t.dir, 'fresh');
    mkdirSync(dir);
    const fresh = join(dir, 'brief.briefdeck.123456789');
    writeFileSync(fresh, 'half a deck');
    const isDeck = (n: string) => n === 'brief.briefdeck';
    expect(await removeTempLeftovers(dir, isDeck)).toEqual([]);
    age(fresh);
    const done = markTempInFlight(fresh);
    expect(await removeTempLeftovers(dir, isDeck)).toEqual([]);
    done();
    expect(await removeTempLeftovers(dir, isDeck)).toEqual([fresh]);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('temp files left by a killed export', () => {
  it('the next export to the same file removes them, and nothing else', async () => {
    const dir = join(t.dir, 'export');
    mkdirSync(dir);
    const out = join(dir, 'brief.pdf');
    const isOut = (n: string) => n === 'brief.pdf';
    expect(await killDuringWrite('export', out, dir, isOut)).toHaveLength(1);
    writeFileSync(join(dir, 'other.pdf.123456'), 'mine');
    for (const name of readdirSync(dir)) age(join(dir, name));
    await writeOutputFile(out, 'the next export');
    expect(readdirSync(dir).sort()).toEqual(['brief.pdf', 'other.pdf.123456']);
    expect(readFileSync(out, 'utf8')).toBe('the next export');
  }, 120_000);
});

describe('temp files left by a killed recovery write', () => {
  it('are removed when the recovery folder is first listed at start; other files stay', async () => {
    const dir = join(t.dir, 'recovery');
    const isRecovery = (n: string) => /^[0-9a-f]{40}\.recovery\.json$/.test(n);
    expect(await killDuringWrite('recovery', dir, dir, isRecovery)).toHaveLength(1);
    const keep = ['notes.txt.123', `${'a'.repeat(40)}.recovery.json.bak`, `${'a'.repeat(39)}.recovery.json.123`];
    for (const name of keep) writeFileSync(join(dir, name), 'mine');
    for (const name of readdirSync(dir)) age(join(dir, name));

    const store = createRecoveryStore(dir); // as at the next start
    const entries = await store.list();
    expect(entries.map((e) => e.key)).toEqual(['untitled-1']);
    expect(tempsOf(dir, isRecovery)).toEqual([]);
    for (const name of keep) expect(readFileSync(join(dir, name), 'utf8')).toBe('mine');
    expect((await store.read('untitled-1')).deck.slides).toHaveLength(200);
  }, 120_000);
});
