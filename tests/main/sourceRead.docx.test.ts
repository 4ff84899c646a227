/**
 * Reading a Word document into a source (readSourceFile on a real .docx made by
 * tests/fixtures/sources/make-docx-fixture.mjs): the Title paragraph is the title, Heading 1/2 paragraphs start
 * sections, the core properties give the metadata, and footnotes are listed but never numbered, their reference
 * marks kept out of the paragraphs' text.
 */
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSourceFile } from '../../src-main/services/sources/read/readSourceFile';
import { numberParagraphs } from '../../src-shared/sources/import';

const DOCX = resolve(__dirname, '../fixtures/sources/marren-basin.docx');
const FOOTNOTE_1 = 'The Harlow gauge was moved two kilometres upstream after the flood of 2004 damaged its old station.';
const FOOTNOTE_2 = 'Readings before the board was formed were kept by each province and were never compared in public.';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-source-docx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The draft of a .docx file and its review as the import proposes it, with each numbered paragraph's section title. */
async function numbered(path: string) {
  const draft = await readSourceFile(path);
  const review = numberParagraphs(draft.blocks, draft.metadata.title);
  const title = (id: string) => review.sections.find((s) => s.id === id)?.title;
  return { draft, review, body: review.items.filter((i) => i.included).map((i) => ({ text: i.text, section: title(i.section) })) };
}

describe('readSourceFile on a .docx', () => {
  it('reads the core properties as the metadata', async () => {
    const { draft } = await numbered(DOCX);
    expect(draft.format).toBe('docx');
    expect(draft.metadata).toEqual({ title: 'Sharing the Marren Basin', authors: ['Ines Varga', 'Tomas Adeyemi'], publisher: '', date: '2025-05-14', url: '' });
    expect(draft.warnings).toEqual([]);
  });

  it('numbers the six body paragraphs, in sections from the Heading 1 and Heading 2 paragraphs, the title left out', async () => {
    const { review, body } = await numbered(DOCX);
    expect(review.sections.map((s) => s.title)).toEqual(['Introduction (no heading)', 'How the water is divided', 'Dry-year cuts', 'Watching the river']);
    expect(body).toHaveLength(6);
    expect(body.map((b) => b.section)).toEqual(['Introduction (no heading)', 'How the water is divided', 'How the water is divided', 'Dry-year cuts', 'Watching the river', 'Watching the river']);
    expect(body[0].text).toBe('Three provinces draw water from the Marren, and each dry summer the same quarrel returns over who may pump first.');
    expect(body[3].text).toBe('When the flow falls below the drought line, every share is cut by the same fraction, and towns keep their drinking water first.');
    expect(body[5].text).toBe('Its members want a second gauge below the canals before the next dry season begins.');
    // The Title paragraph is the document's title, not a paragraph of its introduction.
    expect(review.items.some((i) => i.text === 'Sharing the Marren Basin')).toBe(false);
  });

  it('keeps footnotes out of the numbering and their reference marks out of the paragraphs', async () => {
    const { draft, review, body } = await numbered(DOCX);
    // A reference in mid-sentence and one at the end of a paragraph: the text reads on as if the mark were not there.
    expect(body[1].text).toBe('The basin compact of 2011 gives each province a share of the flow measured at the Harlow gauge, not a fixed volume.');
    expect(body[4].text).toBe('A joint board now reads the gauges every week and publishes the readings on the same day.');
    for (const b of body) expect(b.text).not.toMatch(/\[\d+\]|↑/);
    expect(body.map((b) => b.text)).not.toContain(FOOTNOTE_1);
    // The notes are still in the draft, as notes after the end of the body, listed for the user but not numbered.
    expect(draft.blocks.filter((b) => b.kind === 'note').map((b) => b.text)).toEqual([FOOTNOTE_1, FOOTNOTE_2]);
    const notes = review.items.filter((i) => i.text === FOOTNOTE_1 || i.text === FOOTNOTE_2);
    expect(notes).toHaveLength(2);
    for (const n of notes) expect(n).toMatchObject({ included: false, skippedBecause: 'after the end of the body' });
  });

  it('takes the title from the Title paragraph when the core properties have none', async () => {
    const zip = await JSZip.loadAsync(await readFile(DOCX));
    const core = await zip.file('docProps/core.xml')!.async('string');
    zip.file('docProps/core.xml', core.replace(/<dc:title>[^<]*<\/dc:title>/, '<dc:title></dc:title>'));
    const path = join(dir, 'untitled.docx');
    await writeFile(path, await zip.generateAsync({ type: 'uint8array' }));
    const { draft, body } = await numbered(path);
    expect(draft.metadata).toMatchObject({ title: 'Sharing the Marren Basin', authors: ['Ines Varga', 'Tomas Adeyemi'] });
    expect(body).toHaveLength(6);
  });
});
