/**
 * The real handler table over the real services (template library, deck files, recovery, recent files, exporters)
 * on temp dirs, called through the same `dispatchInvoke` that Electron and the harness use.
 */
import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeckSchema, type Deck } from '../../src-shared/deck';
import type { EventName, ExportProgress, InvokeChannel, ResultOf } from '../../src-shared/ipc';
import { createMemoryShell } from '../../src-main/services/ports/appShell';
import { dispatchInvoke } from '../../src-main/handlers/dispatchInvoke';
import { ChromiumPrinter } from '../../src-main/services/export/pdf/chromiumPrinter';
import { createHandlers, type HandlerTable } from '../../src-main/handlers/handlers';
import { createServices } from '../../src-main/services/services';
import { createQueuedDialogs } from '../e2e/harness/queuedDialogs';

const REPO = resolve(__dirname, '../..');
let dir: string;
let handlers: HandlerTable;
const dialogs = createQueuedDialogs();
const shell = createMemoryShell();
const events: { event: EventName; payload: unknown }[] = [];
const printer = new ChromiumPrinter(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

/** Calls a channel as the main window would, and checks the result survives structured clone unchanged. */
async function call<C extends InvokeChannel>(channel: C, request: unknown): Promise<ResultOf<C>> {
  const result = await dispatchInvoke(handlers, channel, request, { windowId: 'main', emit: (event, payload) => void events.push({ event, payload }) });
  expect(structuredClone(result)).toEqual(result);
  return result as ResultOf<C>;
}

async function newDeck(): Promise<Deck> {
  const r = await call('templates:instantiate', { id: 'full-briefing' });
  if (!('deck' in r)) throw new Error(JSON.stringify(r));
  return r.deck;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-handlers-'));
  const services = createServices({ templatesDir: join(REPO, 'templates'), userDataDir: join(dir, 'userData'), printer, dialogs, shell });
  handlers = createHandlers(services);
});
afterAll(async () => {
  await printer.close();
  await rm(dir, { recursive: true, force: true });
});

describe('handler table over real services', () => {
  it('lists the templates with a one-slide thumbnail deck and instantiates one', async () => {
    const r = await call('templates:list', {});
    if (!('templates' in r)) throw new Error(JSON.stringify(r));
    expect(r.templates.map((t) => t.id)).toContain('full-briefing');
    for (const t of r.templates) {
      expect(t.thumbnailDeck.slides).toHaveLength(1);
      expect(t.slideCount).toBeGreaterThan(0);
      expect(t.arguments.length).toBeGreaterThan(0);
    }
    const deck = await newDeck();
    expect(DeckSchema.safeParse(deck).success).toBe(true);
    expect(deck.slides.length).toBe(r.templates.find((t) => t.id === 'full-briefing')!.slideCount);
    expect(await call('templates:instantiate', { id: 'no-such-template' })).toMatchObject({ error: { code: 'not-found' } });
    const maps = await call('arguments:list', {});
    expect('maps' in maps && maps.maps[0].arguments.length).toBeGreaterThan(0);
  });

  it('saves through the save dialog, reopens through the open dialog, and lists the file as recent', async () => {
    const deck = { ...(await newDeck()), title: 'Ankara and Tehran after 7 October' };
    const target = join(dir, 'brief.briefdeck');
    dialogs.queueSave(target);
    const saved = await call('deck:save', { deck });
    expect(saved).toMatchObject({ path: target });
    expect(dialogs.shown.at(-1)).toMatchObject({ kind: 'save', options: { defaultPath: 'Ankara and Tehran after 7 October.briefdeck' } });
    expect(JSON.parse(await readFile(target, 'utf8')).title).toBe('Ankara and Tehran after 7 October');

    dialogs.queueOpen(target);
    const opened = await call('deck:open', {});
    if (!('deck' in opened)) throw new Error(JSON.stringify(opened));
    expect(opened.deck).toEqual(deck);
    expect(opened.readOnly).toBe(false);
    expect('hash' in saved && opened.hash).toBe('hash' in saved && saved.hash);
    const recent = await call('recent:list', {});
    expect('files' in recent && recent.files[0]).toMatchObject({ path: target, name: 'brief.briefdeck' });

    dialogs.queueOpen(null);
    expect(await call('deck:open', {})).toEqual({ canceled: true });
  });

  it('refuses to save to a path the user never chose', async () => {
    const deck = await newDeck();
    const r = await call('deck:save', { deck, path: join(dir, 'elsewhere.briefdeck') });
    expect(r).toMatchObject({ error: { code: 'forbidden-path' } });
    await expect(stat(join(dir, 'elsewhere.briefdeck'))).rejects.toThrow();
    expect(await call('deck:openPath', { path: '/etc/passwd' })).toMatchObject({ error: { code: 'forbidden-path' } });
  });

  it('reports a conflict when the file changed on disk, and overwrites only when confirmed', async () => {
    const deck = await newDeck();
    const target = join(dir, 'conflict.briefdeck');
    dialogs.queueSave(target);
    const first = await call('deck:save', { deck });
    if (!('hash' in first)) throw new Error(JSON.stringify(first));
    const changed = { ...deck, title: 'Edited elsewhere' };
    await writeFile(target, JSON.stringify(changed));
    const r = await call('deck:save', { deck, path: target, expectedHash: first.hash });
    expect(r).toMatchObject({ conflict: { path: target } });
    expect(JSON.parse(await readFile(target, 'utf8')).title).toBe('Edited elsewhere');
    const forced = await call('deck:save', { deck, path: target, expectedHash: first.hash, overwriteChanged: true });
    expect(forced).toMatchObject({ path: target });
    expect(JSON.parse(await readFile(target, 'utf8')).title).toBe(deck.title);
  });

  it('gives a clear error for a bad deck and leaves its bytes unchanged', async () => {
    const bad = join(dir, 'truncated.briefdeck');
    await copyFile(join(REPO, 'tests/fixtures/bad-decks/truncated.briefdeck'), bad);
    const before = await readFile(bad);
    const r = await call('deck:openPath', { path: bad });
    expect(r).toMatchObject({ error: { code: 'bad-deck' } });
    expect(await readFile(bad)).toEqual(before);
  });

  it('opens a newer-version deck read-only and refuses to save over it', async () => {
    const newer = join(dir, 'newer.briefdeck');
    await copyFile(join(REPO, 'tests/fixtures/bad-decks/newer-version.briefdeck'), newer);
    const opened = await call('deck:openPath', { path: newer });
    if (!('deck' in opened)) throw new Error(JSON.stringify(opened));
    expect(opened.readOnly).toBe(true);
    const before = await readFile(newer);
    const r = await call('deck:save', { deck: await newDeck(), path: newer, expectedHash: opened.hash });
    expect(r).toMatchObject({ error: { code: 'read-only' } });
    expect(await readFile(newer)).toEqual(before);
  });

  it('writes, lists, reads and discards recovery copies', async () => {
    const deck = { ...(await newDeck()), title: 'Unsaved work' };
    expect(await call('recovery:write', { key: 'doc-1', deck })).toEqual({ ok: true });
    const list = await call('recovery:list', {});
    expect('entries' in list && list.entries).toEqual([expect.objectContaining({ key: 'doc-1', title: 'Unsaved work', newerThanFile: true })]);
    const read = await call('recovery:read', { key: 'doc-1' });
    expect('deck' in read && read.deck).toEqual(deck);
    expect(await call('recovery:discard', { key: 'doc-1' })).toEqual({ ok: true });
    expect(await call('recovery:read', { key: 'doc-1' })).toMatchObject({ error: { code: 'not-found' } });
  });

  it('exports HTML, Markdown, PPTX and PDF to the chosen path, with progress events', async () => {
    const deck = await newDeck();
    const cases = [
      ['html', 'brief.html', (b: Buffer) => b.toString('utf8').startsWith('<!doctype html') || b.toString('utf8').startsWith('<!DOCTYPE html')],
      ['md', 'brief.md', (b: Buffer) => b.toString('utf8').includes('---')],
      ['pptx', 'brief.pptx', (b: Buffer) => b.subarray(0, 2).toString('latin1') === 'PK'],
      ['pdf', 'brief.pdf', (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-'],
    ] as const;
    for (const [format, name, check] of cases) {
      events.length = 0;
      dialogs.queueSave(join(dir, name));
      const r = await call('export:run', { deck, options: { format } });
      expect(r).toMatchObject({ path: join(dir, name) });
      expect(check(await readFile(join(dir, name)))).toBe(true);
      const stages = events.filter((e) => e.event === 'export:progress').map((e) => (e.payload as ExportProgress).stage);
      expect(stages).toEqual(format === 'pdf' ? ['rendering', 'printing', 'writing', 'done'] : ['rendering', 'writing', 'done']);
      if (format === 'pdf') expect(r).toMatchObject({ pageCount: deck.slides.filter((s) => !s.hidden).length });
    }
    dialogs.queueSave(null);
    expect(await call('export:run', { deck, options: { format: 'pdf' } })).toEqual({ canceled: true });
  });

  it('refuses to export a marked deck with unmarked portions, before the save dialog, naming them', async () => {
    const marked = await newDeck();
    // The built-in briefing marks every portion: take the title slide's marks off.
    const deck = { ...marked, marking: { scheme: 'capco' as const }, slides: marked.slides.map((s, i) => (i === 0 ? { ...s, portionMarking: undefined } : s)) };
    dialogs.queueSave(join(dir, 'marked.pdf'));
    const r = await call('export:run', { deck, options: { format: 'pdf' } });
    expect(r).toMatchObject({ error: { code: 'export-failed', message: expect.stringMatching(/^export refused: the deck is marked and 1 marking problem remains: Slide 1, title has no portion marking/) } });
    // The queued answer is still there: the dialog never opened; an unmarked deck then uses it.
    expect(await call('export:run', { deck: { ...deck, marking: { scheme: 'none' as const } }, options: { format: 'html' } })).toMatchObject({ path: join(dir, 'marked.pdf') });
  });

  it('refuses a PDF with characters no bundled font has, before the save dialog, naming the slide; HTML of it goes ahead', async () => {
    const base = await newDeck();
    const deck = { ...base, slides: base.slides.map((s, i) => (i === 0 ? { ...s, title: '東京での会合' } : s)) };
    dialogs.queueSave(join(dir, 'cjk.pdf'));
    const r = await call('export:run', { deck, options: { format: 'pdf' } });
    expect(r).toMatchObject({ error: { code: 'export-failed', message: expect.stringMatching(/^export refused: no bundled font has some characters, so the PDF would print them as empty boxes: Slide 1 “東京での会合”: no bundled font has 東 \(U\+6771\)/) } });
    // The queued answer is still there: the dialog never opened.
    expect(await call('export:run', { deck, options: { format: 'html' } })).toMatchObject({ path: join(dir, 'cjk.pdf') });
  });

  it('passes the export options through: an audience copy has no notes; notes pages are one A4 page a slide, and add pages on 16:9', async () => {
    const base = await newDeck();
    const deck = { ...base, slides: base.slides.map((sl, i) => (i === 1 ? { ...sl, notes: 'Internal: liaison contact' } : sl)) };
    dialogs.queueSave(join(dir, 'audience.html'));
    expect(await call('export:run', { deck, options: { format: 'html', audience: true } })).toMatchObject({ path: join(dir, 'audience.html') });
    expect(await readFile(join(dir, 'audience.html'), 'utf8')).not.toContain('liaison');
    dialogs.queueSave(join(dir, 'speaker.html'));
    await call('export:run', { deck, options: { format: 'html' } });
    expect(await readFile(join(dir, 'speaker.html'), 'utf8')).toContain('liaison');
    dialogs.queueSave(join(dir, 'notes.pdf'));
    const notes = await call('export:run', { deck, options: { format: 'pdf', pdfLayout: 'notes', paper: 'a4' } });
    const visible = deck.slides.filter((sl) => !sl.hidden).length;
    // Short notes fit under their slide on a portrait A4 notes page.
    expect('pageCount' in notes && notes.pageCount).toBe(visible);
    dialogs.queueSave(join(dir, 'notes-16x9.pdf'));
    const wide = await call('export:run', { deck, options: { format: 'pdf', pdfLayout: 'notes', paper: '16:9' } });
    expect('pageCount' in wide && wide.pageCount).toBeGreaterThan(visible);
  });

  it('cancels a running export and writes nothing', async () => {
    const deck = await newDeck();
    const target = join(dir, 'cancelled.pdf');
    dialogs.queueSave(target);
    const running = call('export:run', { deck, options: { format: 'pdf' }, jobId: 'job-1' });
    await new Promise((r) => setTimeout(r, 20));
    expect(await call('export:cancel', { jobId: 'job-1' })).toEqual({ ok: true });
    expect(await running).toMatchObject({ error: { code: 'cancelled' } });
    await expect(stat(target)).rejects.toThrow();
  });

  it('a cancel that arrives before the export has started (save dialog still open) still cancels it', async () => {
    const deck = await newDeck();
    const target = join(dir, 'cancelled-early.html');
    expect(await call('export:cancel', { jobId: 'job-early' })).toEqual({ ok: true });
    dialogs.queueSave(target);
    expect(await call('export:run', { deck, options: { format: 'html' }, jobId: 'job-early' })).toMatchObject({ error: { code: 'cancelled' } });
    await expect(stat(target)).rejects.toThrow();
  });

  it('records the window title, dirty flag and undo labels of the sender window', async () => {
    await call('app:setTitle', { title: 'brief.briefdeck — BriefDeck' });
    await call('app:setDirty', { dirty: true });
    await call('app:setUndoLabels', { undo: 'Move slide' });
    expect(shell.state('main')).toEqual({ title: 'brief.briefdeck — BriefDeck', dirty: true, undoLabels: { undo: 'Move slide' }, closed: false });
  });
});
