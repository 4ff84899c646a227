/**
 * The per-user source library on real files in a temp dir: a saved source reads
 * back and is listed with its paragraph count and map flag; damaged files are listed as damaged, never overwritten,
 * and never break the list; bad sources and ids are refused with nothing written.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../src-shared/deck';
import { SourceFileSchema, acceptReview, numberParagraphs } from '../../src-shared/sources/import';
import { createSourceLibrary } from '../../src-main/services/sources/sourceLibrary';
import { readSourceFile } from '../../src-main/services/sources/read/readSourceFile';

const FIXTURES = resolve(__dirname, '../fixtures/sources');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-sources-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function importedSource(id = 'okafor-2024-water-sharing-on'): Promise<Source> {
  const draft = await readSourceFile(join(FIXTURES, 'upper-basin.txt'));
  const review = numberParagraphs(draft.blocks, draft.metadata.title);
  return acceptReview(review, { id, metadata: { ...draft.metadata, authors: ['Lena Okafor'], date: '2024-03' }, fileName: draft.fileName, format: draft.format, importedAt: '2024-05-01T10:00:00Z' });
}

describe('createSourceLibrary', () => {
  it('saves a source atomically as a source file, lists it, reads it back, and removes it', async () => {
    const folder = join(dir, 'lib1', 'sources');
    const library = createSourceLibrary(folder);
    expect(await library.list()).toEqual([]);
    const source = await importedSource();
    await library.save(source);
    const text = await readFile(join(folder, `${source.id}.json`), 'utf8');
    expect(SourceFileSchema.parse(JSON.parse(text)).source).toEqual(source);
    expect(await readdir(folder)).toEqual([`${source.id}.json`]); // no temp file left beside it
    expect(await library.list()).toEqual([{ id: source.id, title: 'Water Sharing on the Upper Basin', authors: ['Lena Okafor'], date: '2024-03', paragraphCount: 7, hasMap: false }]);
    expect(await library.get(source.id)).toEqual(source);

    const withMap: Source = { ...source, arguments: [{ id: 'cascade', title: 'The cascade', summary: 'Flows change.', claims: [{ id: 'cascade.claim-1', text: 'Flows may fall.', paragraphs: [2] }], facts: [], counterpoints: [] }] };
    await library.save(withMap);
    expect((await library.list())[0]).toMatchObject({ id: source.id, hasMap: true });

    await library.remove(source.id);
    expect(await library.list()).toEqual([]);
    await expect(library.remove(source.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(library.get(source.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('lists damaged files as damaged beside good ones, refuses to read or overwrite them, and lets them be removed', async () => {
    const folder = join(dir, 'lib2');
    await mkdir(folder);
    const library = createSourceLibrary(folder);
    const good = await importedSource('good-source');
    await library.save(good);
    await writeFile(join(folder, 'broken.json'), '{"format": "briefdeck-source", "schemaVersion": 1, "source": ');
    await writeFile(join(folder, 'wrong-shape.json'), JSON.stringify({ format: 'briefdeck-source', schemaVersion: 1, source: { id: 'wrong-shape' } }));
    await writeFile(join(folder, 'other-id.json'), JSON.stringify({ format: 'briefdeck-source', schemaVersion: 1, source: good }));
    await writeFile(join(folder, 'notes.txt'), 'not a library file');
    const list = await library.list();
    expect(list.map((e) => [e.id, e.damaged === undefined ? 'ok' : 'damaged'])).toEqual([
      ['good-source', 'ok'],
      ['broken', 'damaged'],
      ['other-id', 'damaged'],
      ['wrong-shape', 'damaged'],
    ]);
    expect(list[1].damaged).toMatch(/^not JSON/);
    expect(list[2].damaged).toBe('the file holds source "good-source", not "other-id"');
    expect(list[3].damaged).toMatch(/^not a source file \(source\.title/);

    await expect(library.get('broken')).rejects.toMatchObject({ code: 'bad-source', message: expect.stringContaining('broken.json in the source library is damaged') });
    const before = await readFile(join(folder, 'broken.json'), 'utf8');
    await expect(library.save({ ...good, id: 'broken' })).rejects.toMatchObject({ code: 'bad-source', message: expect.stringContaining('remove it from the library first') });
    expect(await readFile(join(folder, 'broken.json'), 'utf8')).toBe(before);
    await library.remove('broken');
    await library.save({ ...good, id: 'broken' });
    expect((await library.list()).find((e) => e.id === 'broken')).toMatchObject({ title: good.title, paragraphCount: 7 });
  });

  it('refuses a source that is not a source file, and ids that are not file-name safe, writing nothing', async () => {
    const folder = join(dir, 'lib3');
    const library = createSourceLibrary(folder);
    const good = await importedSource('fine');
    await expect(library.save({ ...good, paragraphs: [] })).rejects.toMatchObject({ code: 'invalid-request', message: expect.stringContaining('at least one paragraph') });
    await expect(library.save({ ...good, id: '../escape' })).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(library.get('../../etc/passwd')).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(readdir(folder)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
