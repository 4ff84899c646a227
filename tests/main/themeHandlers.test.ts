/**
 * `theme:open` and `theme:save` over the real handler table and services, through `dispatchInvoke`: a saved theme
 * file opens again as it was; a bad colour, a file that is not a theme file and a logo SVG with a script are each
 * refused as `bad-theme` with a message naming the file; a path the user did not choose is refused.
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
import type { Brand } from '../../src-shared/deck';

const REPO = resolve(__dirname, '../..');
let dir: string;
let files: Awaited<ReturnType<typeof writePictureFixtures>>;
let handlers: HandlerTable;
const dialogs = createQueuedDialogs();
const printer = new ChromiumPrinter(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

async function call<C extends InvokeChannel>(channel: C, request: unknown): Promise<ResultOf<C>> {
  return (await dispatchInvoke(handlers, channel, request, { windowId: 'main', emit: () => undefined })) as ResultOf<C>;
}
const dataUrl = async (path: string, type: string) => `data:${type};base64,${(await readFile(path)).toString('base64')}`;
const themeText = (brand: Record<string, unknown>) => JSON.stringify({ format: 'briefdeck-theme', version: 1, base: 'briefing-dark', brand: { name: 'Ministry', ...brand } });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-theme-handlers-'));
  files = await writePictureFixtures(join(dir, 'pictures'));
  handlers = createHandlers(createServices({ templatesDir: join(REPO, 'templates'), userDataDir: join(dir, 'userData'), printer, dialogs }));
});
afterAll(async () => {
  await printer.close();
  await rm(dir, { recursive: true, force: true });
});

describe('theme files', () => {
  it('saves a theme where the user chose and opens it again, the logo passed through the picture service', async () => {
    const brand: Brand = { name: 'Ministry', colours: { accent: '#c8102e' }, bodyFont: 'Noto Sans', logo: { src: await dataUrl(files.alpha, 'image/png'), width: 10, height: 10, alt: 'logo', corner: 'bottom-right' }, titleSlide: 'band' };
    const path = join(dir, 'ministry.briefdeck-theme');
    dialogs.queueSave(path);
    expect(await call('theme:save', { base: 'briefing-dark', brand })).toEqual({ path });
    dialogs.queueOpen(path);
    const r = await call('theme:open', {});
    if (!('theme' in r)) throw new Error(JSON.stringify(r));
    expect(r.name).toBe('ministry.briefdeck-theme');
    expect(r.theme.base).toBe('briefing-dark');
    expect(r.theme.brand).toMatchObject({ name: 'Ministry', colours: { accent: '#c8102e' }, titleSlide: 'band', logo: { corner: 'bottom-right', alt: 'logo' } });
    expect(r.theme.brand.logo?.src).toMatch(/^data:image\/png;base64,/);
    // The picture service measured the logo: its real size, not the file's claim.
    expect(r.theme.brand.logo?.width).not.toBe(10);
  });

  it('refuses a bad colour, a deck file and a logo SVG with a script, naming the file; and a path the user did not choose', async () => {
    const bad = join(dir, 'bad.briefdeck-theme');
    await writeFile(bad, themeText({ colours: { accent: 'red;}body{background:url(https://example.org/t)' } }));
    dialogs.queueOpen(bad);
    expect(await call('theme:open', {})).toEqual({ error: { code: 'bad-theme', message: expect.stringMatching(/^bad\.briefdeck-theme is not a valid theme file: brand\.colours\.accent: a colour must be a hex value/) } });
    const deck = join(dir, 'deck.briefdeck-theme');
    await writeFile(deck, JSON.stringify({ schemaVersion: 2, title: 'D', slides: [] }));
    dialogs.queueOpen(deck);
    expect(await call('theme:open', {})).toEqual({ error: { code: 'bad-theme', message: 'deck.briefdeck-theme is not a BriefDeck theme file (no "format": "briefdeck-theme")' } });
    const svg = join(dir, 'svg.briefdeck-theme');
    await writeFile(svg, themeText({ logo: { src: await dataUrl(files.svgScript, 'image/svg+xml'), width: 100, height: 40 } }));
    dialogs.queueOpen(svg);
    expect(await call('theme:open', {})).toEqual({ error: { code: 'bad-theme', message: expect.stringMatching(/^svg\.briefdeck-theme: its logo was refused \(logo was refused: the SVG has a <script> element/) } });
    expect(await call('theme:open', { path: join(dir, 'pictures', 'clean.svg') })).toEqual({ error: { code: 'forbidden-path', message: 'not a theme file (.briefdeck-theme): clean.svg' } });
    expect(await call('theme:save', { base: 'briefing-light', brand: { name: 'X', colours: {}, titleSlide: 'plain' }, path: join(dir, 'elsewhere.briefdeck-theme') })).toEqual({ error: { code: 'forbidden-path', message: expect.stringContaining('not chosen') } });
    expect(await call('theme:save', { base: 'briefing-light', brand: { name: 'X', colours: { text: '#12' } } })).toMatchObject({ error: { code: 'invalid-request' } });
  });
});
