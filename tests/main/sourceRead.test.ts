/**
 * Reading saved articles into sources (readSourceFile) on real files: a saved web page with navigation, an ad,
 * comments, scripts and remote images (nothing runs, nothing is fetched, only the body is numbered), a Markdown
 * file with front matter, a plain-text file, a two-column PDF, and bad files refused with one line each.
 */
import http from 'node:http';
import https from 'node:https';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readSourceFile } from '../../src-main/services/sources/read/readSourceFile';
import { numberParagraphs } from '../../src-shared/sources/import';

const FIXTURES = resolve(__dirname, '../fixtures/sources');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-source-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** The numbered paragraphs' texts and the section titles of a file, as the import review proposes them. */
async function numbered(file: string) {
  const draft = await readSourceFile(join(FIXTURES, file));
  const review = numberParagraphs(draft.blocks, draft.metadata.title);
  const title = (id: string) => review.sections.find((s) => s.id === id)?.title;
  return { draft, review, body: review.items.filter((i) => i.included).map((i) => ({ text: i.text, section: title(i.section) })) };
}

describe('readSourceFile', () => {
  it('reads a hostile saved page: the article body only, its metadata, and nothing run or fetched', async () => {
    const requests: string[] = [];
    const refuse = (what: string) => (...args: unknown[]) => {
      requests.push(`${what} ${String(args[0])}`);
      throw new Error('no network');
    };
    vi.spyOn(globalThis, 'fetch').mockImplementation(refuse('fetch') as typeof fetch);
    vi.spyOn(http, 'request').mockImplementation(refuse('http') as typeof http.request);
    vi.spyOn(https, 'request').mockImplementation(refuse('https') as typeof https.request);
    const { draft, review, body } = await numbered('hostile-page.html');
    expect(requests).toEqual([]);
    expect(draft.metadata).toEqual({ title: 'Grain corridors after the truce', authors: ['Mira Castell', 'Jonas Albrecht'], publisher: 'Harbour Review', date: '2025-02-11', url: 'https://harbour-review.example/grain-corridors' });
    expect(body).toHaveLength(5);
    expect(body[0]).toEqual({ section: 'Introduction (no heading)', text: expect.stringMatching(/^The truce signed in January reopened two of the three grain corridors/) });
    expect(body[1].section).toBe('What the truce changed');
    expect(body[4]).toEqual({ section: 'Why insurers hesitate', text: expect.stringMatching(/^Several shipowners could therefore keep their vessels/) });
    const everything = JSON.stringify(draft.blocks) + JSON.stringify(review);
    for (const gone of ['SCRIPT-RAN-MARKER', 'Advertisement', 'Reader one', 'Subscribe now', 'Copyright']) expect(everything).not.toContain(gone);
    expect(draft.warnings).toEqual(['1 image dropped: a source is cited by its text']);
  });

  it('reads Markdown with front matter; raw HTML stays text and is left out; images are dropped with a warning', async () => {
    const { draft, review, body } = await numbered('harbour-notes.md');
    expect(draft.metadata).toMatchObject({ title: 'Harbour notes on the grain corridors', authors: ['Mira Castell'], date: '2025-02-20' });
    expect(body.map((b) => b.section)).toEqual(['Introduction (no heading)', 'Insurance', 'Insurance']);
    expect(body[2].text).toBe('Shipowners weigh fuel costs on the southern route against insurance on the corridors.');
    expect(review.items.find((i) => i.text.includes('<script>'))?.included).toBe(false);
    expect(draft.warnings).toEqual(['1 image dropped: a source is cited by its text']);
  });

  it('reads a plain-text file: a lone first line is the title, a byline is left out as too short', async () => {
    const { draft, review, body } = await numbered('upper-basin.txt');
    expect(draft.metadata.title).toBe('Water Sharing on the Upper Basin');
    expect(review.items[0]).toMatchObject({ text: 'By Lena Okafor and Tomas Reyes', included: false, skippedBecause: 'too short' });
    expect(body).toHaveLength(7);
  });

  it('reads a two-column PDF column by column, without its running header and page numbers', async () => {
    const { draft, body } = await numbered('two-column.pdf');
    expect(draft.metadata).toMatchObject({ title: 'Fisheries after the accord', authors: ['Lena Marsh', 'Omar Idris'], date: '2025-03-04' });
    expect(body.slice(0, 4).map((b) => b.text.split(' ').slice(0, 3).join(' '))).toEqual(['The accord divides', 'Inspectors from both', 'Fishing cooperatives say', 'The ministry answers']);
    expect(body[1]).toEqual({ section: 'The new zones', text: 'Inspectors from both coast guards will board vessels in the middle zone, which both sides had claimed before the talks began.' });
    expect(JSON.stringify(draft.blocks)).not.toContain('Fisheries Review - Spring 2025');
  });

  it('refuses bad files with one line naming the file, reading nothing too large', async () => {
    const write = async (name: string, data: string | Uint8Array) => {
      const path = join(dir, name);
      await writeFile(path, data);
      return path;
    };
    const huge = await write('huge.html', '');
    await truncate(huge, 500 * 1024 * 1024);
    await expect(readSourceFile(huge)).rejects.toMatchObject({ code: 'too-large', message: expect.stringMatching(/^huge\.html is 500 MB, over the 50 MB limit/) });
    await expect(readSourceFile(await write('photo.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])))).rejects.toMatchObject({ code: 'not-text' });
    await expect(readSourceFile(await write('fake.pdf', 'not a pdf at all'))).rejects.toMatchObject({ code: 'damaged', message: expect.stringContaining('fake.pdf is not a PDF') });
    await expect(readSourceFile(await write('fake.docx', 'plain words'))).rejects.toMatchObject({ code: 'damaged' });
    await expect(readSourceFile(join(FIXTURES, 'empty.txt'))).rejects.toMatchObject({ code: 'empty' });
    await expect(readSourceFile(await write('notes.odt', 'x'))).rejects.toMatchObject({ code: 'unsupported' });
    await expect(readSourceFile(join(dir, 'missing.txt'))).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('ENOENT') });
    const scan = await PDFDocument.create();
    scan.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.5, 0.5, 0.5) });
    await expect(readSourceFile(await write('scan.pdf', await scan.save()))).rejects.toMatchObject({ code: 'scanned' });
  });
});
