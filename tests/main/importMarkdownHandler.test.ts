/**
 * `deck:importMarkdown` over the real handler table and services, called through `dispatchInvoke` as Electron and
 * the harness do: the open dialog filtered to Markdown, a new unsaved deck with the import's warnings, payloads kept
 * as text, refusals and failures as `{ error }` data.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeckSchema } from '../../src-shared/deck';
import type { InvokeChannel, ResultOf } from '../../src-shared/ipc';
import { dispatchInvoke } from '../../src-main/handlers/dispatchInvoke';
import { ChromiumPrinter } from '../../src-main/services/export/pdf/chromiumPrinter';
import { createHandlers, type HandlerTable } from '../../src-main/handlers/handlers';
import { createServices } from '../../src-main/services/services';
import { createQueuedDialogs } from '../e2e/harness/queuedDialogs';

const REPO = resolve(__dirname, '../..');
const HOSTILE = join(REPO, 'tests/fixtures/markdown/hostile.md');
let dir: string;
let handlers: HandlerTable;
const dialogs = createQueuedDialogs();
const printer = new ChromiumPrinter(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

async function call<C extends InvokeChannel>(channel: C, request: unknown): Promise<ResultOf<C>> {
  const result = await dispatchInvoke(handlers, channel, request, { windowId: 'main', emit: () => undefined });
  expect(structuredClone(result)).toEqual(result);
  return result as ResultOf<C>;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-import-'));
  handlers = createHandlers(createServices({ templatesDir: join(REPO, 'templates'), userDataDir: join(dir, 'userData'), printer, dialogs }));
});
afterAll(async () => {
  await printer.close();
  await rm(dir, { recursive: true, force: true });
});

describe('deck:importMarkdown', () => {
  it('imports the file chosen in the open dialog (Markdown filter) as a valid deck, payloads as text, with warnings', async () => {
    dialogs.queueOpen(HOSTILE);
    const r = await call('deck:importMarkdown', {});
    if (!('deck' in r)) throw new Error(JSON.stringify(r));
    expect(dialogs.shown.at(-1)).toMatchObject({ kind: 'open', options: { title: 'Import Markdown', filters: [{ extensions: ['md', 'markdown'] }] } });
    expect(DeckSchema.safeParse(r.deck).success).toBe(true);
    expect(r.deck.title).toBe('Hostile deck');
    expect(r.deck.slides.length).toBeGreaterThanOrEqual(4);
    expect(r.deck.slides[0].title).toContain('<script>window.__pwned=1</script>');
    expect(JSON.stringify(r.deck)).not.toContain('evil.example/track.png'); // the remote background is not kept as a background
    expect(r.deck.slides.some((s) => s.background !== undefined)).toBe(false);
    expect(r.warnings.length).toBeGreaterThan(0);
    for (const w of r.warnings) expect(typeof w.message).toBe('string');
  });

  it('answers { canceled } when the dialog is dismissed', async () => {
    dialogs.queueOpen(null);
    expect(await call('deck:importMarkdown', {})).toEqual({ canceled: true });
  });

  it('takes a .md path directly, refuses other files the user never chose, and reports bad files as data', async () => {
    const md = join(dir, 'brief.md');
    await writeFile(md, '# Ankara and Tehran\n\n---\n\n## Drivers\n\n- Gaza\n- Syria\n');
    const r = await call('deck:importMarkdown', { path: md });
    if (!('deck' in r)) throw new Error(JSON.stringify(r));
    expect(r.deck.slides.map((s) => s.title)).toEqual(['Ankara and Tehran', 'Drivers']);

    expect(await call('deck:importMarkdown', { path: '/etc/passwd' })).toMatchObject({ error: { code: 'forbidden-path' } });
    expect(await call('deck:importMarkdown', { path: join(dir, 'missing.md') })).toMatchObject({ error: { code: 'io', message: expect.stringContaining('missing.md') } });
    const latin1 = join(dir, 'latin1.md');
    await writeFile(latin1, Buffer.from([0x23, 0x20, 0xe9, 0x74, 0xe9, 0x0a]));
    expect(await call('deck:importMarkdown', { path: latin1 })).toMatchObject({ error: { code: 'bad-deck', message: expect.stringContaining('not UTF-8') } });
    expect(await call('deck:importMarkdown', { path: 'a\0b.md' })).toMatchObject({ error: { code: 'invalid-request' } });
    expect(await call('deck:importMarkdown', { path: md, extra: 1 })).toMatchObject({ error: { code: 'invalid-request' } });
  });
});
