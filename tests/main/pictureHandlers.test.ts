/**
 * `picture:import` and `picture:fromBytes` over the real handler table and services, called through
 * `dispatchInvoke` as Electron and the harness do: the open dialog filtered to pictures, a dropped or pasted image by
 * its bytes, each refusal as `bad-picture` data with its one-line message, and the size cap before any decoding.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvokeChannel, ResultOf } from '../../src-shared/ipc';
import { dispatchInvoke } from '../../src-main/handlers/dispatchInvoke';
import { ChromiumPrinter } from '../../src-main/services/export/pdf/chromiumPrinter';
import { createHandlers, type HandlerTable } from '../../src-main/handlers/handlers';
import { createServices } from '../../src-main/services/services';
import { createQueuedDialogs } from '../e2e/harness/queuedDialogs';
import { writePictureFixtures } from './pictureFixtures';

const REPO = resolve(__dirname, '../..');
let dir: string;
let files: Awaited<ReturnType<typeof writePictureFixtures>>;
let handlers: HandlerTable;
const dialogs = createQueuedDialogs();
const printer = new ChromiumPrinter(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

async function call<C extends InvokeChannel>(channel: C, request: unknown): Promise<ResultOf<C>> {
  const result = await dispatchInvoke(handlers, channel, request, { windowId: 'main', emit: () => undefined });
  expect(structuredClone(result)).toEqual(result);
  return result as ResultOf<C>;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-picture-handlers-'));
  files = await writePictureFixtures(join(dir, 'pictures'));
  handlers = createHandlers(createServices({ templatesDir: join(REPO, 'templates'), userDataDir: join(dir, 'userData'), printer, dialogs }));
});
afterAll(async () => {
  await printer.close();
  await rm(dir, { recursive: true, force: true });
});

describe('picture:import', () => {
  it('imports the file chosen in the open dialog (picture filter)', async () => {
    dialogs.queueOpen(files.photo);
    const r = await call('picture:import', {});
    if (!('picture' in r)) throw new Error(JSON.stringify(r));
    expect(dialogs.shown.at(-1)).toMatchObject({ kind: 'open', options: { title: 'Choose a picture' } });
    expect(r.picture).toMatchObject({ name: 'photo-with-gps.jpg', mediaType: 'image/jpeg', width: 1200, height: 800, resized: false });
    expect(r.picture.src.startsWith('data:image/jpeg;base64,')).toBe(true);
  });

  it('answers { canceled } when the dialog is dismissed', async () => {
    dialogs.queueOpen(null);
    expect(await call('picture:import', {})).toEqual({ canceled: true });
  });

  it('takes a dropped file by its image path, and refuses another path', async () => {
    const r = await call('picture:import', { path: files.alpha });
    expect('picture' in r && r.picture.mediaType).toBe('image/png');
    const notes = join(dir, 'notes.txt');
    await writeFile(notes, 'x');
    expect(await call('picture:import', { path: notes })).toEqual({ error: { code: 'forbidden-path', message: expect.stringContaining('not a picture file') } });
  });

  it('answers each bad picture as bad-picture with its one line', async () => {
    dialogs.queueOpen(files.notImage);
    expect(await call('picture:import', {})).toEqual({ error: { code: 'bad-picture', message: 'notes-renamed.png is not an image (its contents are not PNG, JPEG, WebP, GIF, TIFF, AVIF or SVG)' } });
    dialogs.queueOpen(files.svgScript);
    expect(await call('picture:import', {})).toEqual({ error: { code: 'bad-picture', message: 'script.svg was refused: the SVG has a <script> element (nothing in a deck may run or fetch)' } });
  });

  it('refuses a file over the size cap from its size alone', async () => {
    const big = join(dir, 'big.png');
    await writeFile(big, Buffer.alloc(26 * 1024 * 1024));
    dialogs.queueOpen(big);
    expect(await call('picture:import', {})).toEqual({ error: { code: 'bad-picture', message: 'big.png is too large (26.0 MB; pictures up to 25.0 MB are accepted)' } });
  });
});

describe('picture:fromBytes', () => {
  it('imports dropped or pasted bytes, and names the picture by the name given', async () => {
    const r = await call('picture:fromBytes', { name: 'pasted.png', base64: (await readFile(files.large)).toString('base64') });
    if (!('picture' in r)) throw new Error(JSON.stringify(r));
    expect(r.picture).toMatchObject({ name: 'pasted.png', mediaType: 'image/jpeg', width: 1440, height: 1080, resized: true });
  });

  it('refuses bytes over the cap in the request schema, before the handler runs', async () => {
    const r = await call('picture:fromBytes', { name: 'huge.png', base64: 'A'.repeat(Math.ceil((25 * 1024 * 1024) / 3) * 4 + 4) });
    expect(r).toMatchObject({ error: { code: 'invalid-request' } });
  });

  it('answers an SVG with an onload handler as bad-picture', async () => {
    const r = await call('picture:fromBytes', { name: 'onload.svg', base64: (await readFile(files.svgOnload)).toString('base64') });
    expect(r).toEqual({ error: { code: 'bad-picture', message: 'onload.svg was refused: the SVG has an onload event handler (nothing in a deck may run or fetch)' } });
  });
});
