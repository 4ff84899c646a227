/**
 * Reading PDFs into sources (readSourceFile on real files made by tests/fixtures/sources/make-pdf-fixtures.mjs and
 * make-two-column-pdf.mjs): a password-protected PDF and a scan without a text layer are refused with one line
 * naming the file, a PDF with only an owner password is read, and a two-column PDF is read column by column on
 * every page.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGutter, type PdfTextItem } from '../../src-main/services/sources/read/pdfLines';
import { readSourceFile } from '../../src-main/services/sources/read/readSourceFile';
import { numberParagraphs } from '../../src-shared/sources/import';

const fixture = (name: string) => resolve(__dirname, '../fixtures/sources', name);

/** What readSourceFile rejects with, for a file it must refuse. */
async function refusal(name: string): Promise<{ code?: string; message?: string }> {
  const error: unknown = await readSourceFile(fixture(name)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `${name} should be refused`).toBeInstanceOf(Error);
  return error as { code?: string; message?: string };
}

describe('readSourceFile on PDFs it must refuse', () => {
  it('refuses a password-protected PDF as encrypted, in one line naming the file', async () => {
    const { code, message } = await refusal('password.pdf');
    expect(code).toBe('encrypted');
    expect(message).toBe('password.pdf is password-protected: remove the password and import it again');
  });

  it('reads a PDF that has only an owner password (anyone may open it)', async () => {
    const draft = await readSourceFile(fixture('owner-password.pdf'));
    expect(draft.metadata.title).toBe('Basin survey');
    expect(numberParagraphs(draft.blocks).items.map((i) => i.text)).toEqual(['The survey counted every pump on the lower river and found twice as many as the provinces had registered last year.']);
  });

  it('refuses a page that is only an image (a scan with no text layer) as scanned, in one line naming the file', async () => {
    const { code, message } = await refusal('scanned-page.pdf');
    expect(code).toBe('scanned');
    expect(message).toMatch(/^scanned-page\.pdf has no text layer\b[^\n]*OCR/);
  });

  it('reads the text pages of a PDF with a scanned page between them, and warns that the scanned page is left out', async () => {
    const draft = await readSourceFile(fixture('mixed-scan.pdf'));
    expect(draft.warnings).toEqual(['page 2 has no text layer (scanned?) and is left out: run OCR on the PDF (e.g. ocrmypdf) to cite it']);
    expect(numberParagraphs(draft.blocks).items.map((i) => i.text)).toEqual([
      'The survey counted every pump on the lower river and found twice as many as the provinces had registered last year.',
      'Most of the unregistered pumps drew from wells dug since the drought, not from the river itself.',
    ]);
  });
});

describe('readSourceFile on a two-column PDF', () => {
  it('reads page 2 column by column too, where its longest left line reaches far into the gutter', async () => {
    const draft = await readSourceFile(fixture('two-column.pdf'));
    const review = numberParagraphs(draft.blocks, draft.metadata.title);
    const body = review.items.filter((i) => i.included);
    expect(review.sections.map((s) => s.title)).toEqual(['Introduction (no heading)', 'The new zones']);
    // Four paragraphs a page, each whole, nothing left out as a fragment.
    expect(body).toHaveLength(8);
    expect(review.items).toHaveLength(8);
    expect(body.slice(4).map((i) => i.text)).toEqual([
      'The accord divides the later shared fishing grounds into three zones and sets a common quota for each of the later two fleets for the coming season.',
      'Inspectors from both coast guards will board vessels in the later middle zone, which both sides had claimed before the later talks began.',
      'Fishing cooperatives say the later quota is too low to keep the later smaller boats working through winter, and they have asked for a review.',
      'The ministry answers that stocks must recover first and that the later quota will rise once the survey shows the later recovery has begun.',
    ]);
    expect(body.every((i) => i.section === review.sections[1].id)).toBe(true);
    // Both pages' running header and page number are gone, not read into a paragraph.
    expect(draft.warnings).toEqual(['4 running header, footer and page number lines dropped']);
    expect(JSON.stringify(draft.blocks)).not.toMatch(/Fisheries Review|"2"/);
  });

  it('puts the gutter where the fewest runs cross it, and keeps a gutter that a centred page number crosses', () => {
    const run = (x: number, width: number, y: number): PdfTextItem => ({ str: 'text', x, y, width, size: 10 });
    const rows = [0, 1, 2, 3, 4].map((k) => 700 - k * 13);
    // Left lines end at 250 or less, but one reaches 296; the right column starts at 310.
    const left = rows.map((y, k) => run(50, k === 0 ? 246 : 200, y));
    const right = rows.map((y) => run(310, 220, y));
    const gutter = findGutter({ width: 595, height: 842, items: [...left, ...right] });
    expect(gutter).toBeGreaterThan(296);
    expect(gutter).toBeLessThan(310);
    // A 12 pt gutter with a page number in it, leaving no text-free stretch of 8 pt: still a gutter, beside the number.
    const narrow = [...rows.map((y) => run(50, 250, y)), ...rows.map((y) => run(312, 220, y)), run(303, 5, 30)];
    const withNumber = findGutter({ width: 595, height: 842, items: narrow });
    expect(withNumber).toBeGreaterThanOrEqual(300);
    expect(withNumber).toBeLessThanOrEqual(312);
    expect(withNumber! < 303 || withNumber! > 308).toBe(true);
  });
});
