/**
 * `source:read` and `sources:*` over the real handler table and services (a temp userData dir), called through
 * `dispatchInvoke` as Electron and the harness do: the open dialog filtered to article files, a given path checked,
 * a reader's refusal as one line naming the file, the library validated at the boundary.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvokeChannel, ResultOf } from '../../src-shared/ipc';
import { acceptReview, setIncluded } from '../../src-shared/sources/import';
import { dispatchInvoke } from '../../src-main/handlers/dispatchInvoke';
import { createHandlers, type HandlerTable } from '../../src-main/handlers/handlers';
import { createServices } from '../../src-main/services/services';
import { createQueuedDialogs } from '../e2e/harness/queuedDialogs';

const REPO = resolve(__dirname, '../..');
const ARTICLE = join(REPO, 'tests/fixtures/sources/upper-basin.txt');
const EMPTY = join(REPO, 'tests/fixtures/sources/empty.txt');
let dir: string;
let handlers: HandlerTable;
const dialogs = createQueuedDialogs();

async function call<C extends InvokeChannel>(channel: C, request: unknown): Promise<ResultOf<C>> {
  const result = await dispatchInvoke(handlers, channel, request, { windowId: 'main', emit: () => undefined });
  expect(structuredClone(result)).toEqual(result);
  return result as ResultOf<C>;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-source-handlers-'));
  handlers = createHandlers(createServices({ templatesDir: join(REPO, 'templates'), userDataDir: join(dir, 'userData'), dialogs }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('source:read', () => {
  it('reads the file chosen in the open dialog (article filter) into a draft and the proposed paragraphs', async () => {
    dialogs.queueOpen(ARTICLE);
    const r = await call('source:read', {});
    if (!('draft' in r)) throw new Error(JSON.stringify(r));
    expect(dialogs.shown.at(-1)).toMatchObject({ kind: 'open', options: { title: 'Import source', filters: [{ extensions: ['html', 'htm', 'txt', 'md', 'markdown', 'docx', 'pdf'] }] } });
    expect(r.draft).toMatchObject({ format: 'text', fileName: 'upper-basin.txt', metadata: { title: 'Water Sharing on the Upper Basin' } });
    expect(r.review.sections).toEqual([{ id: 'introduction', title: 'Introduction (no heading)' }]);
    expect(r.review.items.filter((i) => i.included)).toHaveLength(7);
    // The path chosen in the dialog is granted: the renderer may read it again by path.
    expect(await call('source:read', { path: ARTICLE })).toMatchObject({ draft: { fileName: 'upper-basin.txt' } });
  });

  it('answers { canceled } when the dialog is dismissed', async () => {
    dialogs.queueOpen(null);
    expect(await call('source:read', {})).toEqual({ canceled: true });
  });

  it('refuses a path with another extension the user never chose, and turns a reader refusal into one line naming the file only', async () => {
    expect(await call('source:read', { path: '/etc/passwd' })).toEqual({ error: { code: 'forbidden-path', message: 'not an article file (.html, .htm, .txt, .md, .markdown, .docx, .pdf): passwd' } });
    expect(await call('source:read', { path: EMPTY })).toEqual({ error: { code: 'bad-source', message: 'Cannot import empty.txt: the file has no text to number.' } });
    const pdf = join(dir, 'report.pdf');
    await writeFile(pdf, '%PDF-1.7');
    const damaged = await call('source:read', { path: pdf });
    expect(damaged).toMatchObject({ error: { code: 'bad-source', message: expect.stringMatching(/^Cannot import report\.pdf: the file is damaged \(report\.pdf is a damaged PDF/) } });
    const missing = await call('source:read', { path: join(dir, 'gone.txt') });
    expect(missing).toMatchObject({ error: { code: 'io', message: expect.stringMatching(/^Cannot import gone\.txt: the file cannot be read/) } });
    for (const r of [damaged, missing]) expect(JSON.stringify(r)).not.toContain(dir);
    expect(await call('source:read', { path: 'a\0b.txt' })).toMatchObject({ error: { code: 'invalid-request' } });
  });
});

describe('sources:*', () => {
  it('saves an accepted source to <userData>/sources, lists, gets and removes it', async () => {
    dialogs.queueOpen(ARTICLE);
    const r = await call('source:read', {});
    if (!('draft' in r)) throw new Error(JSON.stringify(r));
    const review = setIncluded(r.review, 6, false);
    const source = acceptReview(review, { id: 'okafor-2024-water', metadata: { ...r.draft.metadata, authors: ['Lena Okafor', 'Tomas Reyes'], date: '2024-03' }, fileName: r.draft.fileName, format: r.draft.format, importedAt: '2024-05-01T10:00:00Z' });
    expect(await call('sources:save', { source })).toEqual({ ok: true });
    expect(await readdir(join(dir, 'userData', 'sources'))).toEqual(['okafor-2024-water.json']);
    expect(await call('sources:list', {})).toEqual({ sources: [{ id: 'okafor-2024-water', title: 'Water Sharing on the Upper Basin', authors: ['Lena Okafor', 'Tomas Reyes'], date: '2024-03', paragraphCount: 6, hasMap: false }] });
    expect(await call('sources:get', { id: 'okafor-2024-water' })).toEqual({ source });
    expect(await call('sources:remove', { id: 'okafor-2024-water' })).toEqual({ ok: true });
    expect(await call('sources:get', { id: 'okafor-2024-water' })).toMatchObject({ error: { code: 'not-found' } });
  });

  it('validates at the boundary: a source that is not a source file, a path-like id, unknown keys', async () => {
    const bad = { id: 'no-text', title: 'No text', authors: [], date: '', paragraphs: [] };
    expect(await call('sources:save', { source: bad })).toMatchObject({ error: { code: 'invalid-request', message: expect.stringContaining('source.paragraphs') } });
    const misnumbered = { ...bad, paragraphs: [{ n: 2, text: 'Text.' }] };
    expect(await call('sources:save', { source: misnumbered })).toMatchObject({ error: { code: 'invalid-request', message: expect.stringContaining('number them 1, 2, 3') } });
    expect(await call('sources:get', { id: '../recent-files' })).toMatchObject({ error: { code: 'invalid-request' } });
    expect(await call('sources:remove', { id: 'x', force: true })).toMatchObject({ error: { code: 'invalid-request' } });
    expect(await call('sources:list', {})).toEqual({ sources: [] });
  });

  it('lists a damaged library file as damaged and never overwrites it', async () => {
    const file = join(dir, 'userData', 'sources', 'damaged.json');
    await writeFile(file, 'not json at all');
    const list = await call('sources:list', {});
    expect(list).toMatchObject({ sources: [{ id: 'damaged', damaged: expect.stringMatching(/^not JSON/) }] });
    const source = { id: 'damaged', title: 'T', authors: [], date: '', paragraphs: [{ n: 1, text: 'One paragraph.' }] };
    expect(await call('sources:save', { source })).toMatchObject({ error: { code: 'bad-source' } });
    expect(await call('sources:get', { id: 'damaged' })).toMatchObject({ error: { code: 'bad-source' } });
  });
});
