import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfTextString, setPdfDocumentInfo } from '../../src-main/services/export/pdf/pdfDocumentInfo';
import { tempDir } from './exportTestKit';

/** A small PDF with a classic xref table (pdf-lib without object streams, like Chromium's output). */
async function samplePdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < pages; i++) doc.addPage([960, 540]).drawText(`page ${i + 1}`, { x: 50, y: 50 });
  return doc.save({ useObjectStreams: false });
}

describe('setPdfDocumentInfo (incremental update of the document info)', () => {
  test('pdfinfo reads title, author, subject and keywords in any script; pages are unchanged', async () => {
    const before = await samplePdf(3);
    const after = setPdfDocumentInfo(before, { title: 'Türkiye ve İran — ترکیه و ایران', author: 'Ayşe Yılmaz', subject: 'Alignment (after 7 Oct)', keywords: 'a; b', creator: 'BriefDeck' });
    expect(Buffer.from(after.subarray(0, before.length)).equals(Buffer.from(before))).toBe(true);
    const file = join(tempDir(), 'info.pdf');
    writeFileSync(file, after);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toContain('Title:           Türkiye ve İran — ترکیه و ایران');
    expect(info).toContain('Author:          Ayşe Yılmaz');
    expect(info).toContain('Subject:         Alignment (after 7 Oct)');
    expect(info).toContain('Keywords:        a; b');
    expect(info).toMatch(/Pages:\s+3/);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('page 3');
    const reread = await PDFDocument.load(after, { updateMetadata: false });
    expect(reread.getTitle()).toBe('Türkiye ve İran — ترکیه و ایران');
    expect(reread.getPageCount()).toBe(3);
  });

  test('empty fields are left out; a PDF without a classic trailer is refused with an error', async () => {
    const after = setPdfDocumentInfo(await samplePdf(1), { title: 'T', author: '' });
    expect(Buffer.from(after).toString('latin1')).not.toContain('/Author');
    const streams = await (await PDFDocument.create()).save({ useObjectStreams: true });
    expect(() => setPdfDocumentInfo(streams, { title: 'x' })).toThrow(/no classic trailer/);
  });

  test('pdfTextString writes UTF-16BE hex with a BOM', () => {
    expect(pdfTextString('Aİ')).toBe('<FEFF00410130>');
  });

  test('an outline is added in the same update: one bookmark per entry, each opening its page, shown on open', async () => {
    const before = await samplePdf(5);
    const after = setPdfDocumentInfo(before, { title: 'T' }, [
      { title: '(U) Bottom line — ğş', pageIndex: 0 },
      { title: 'زمینه', pageIndex: 2 },
      { title: 'Sources', pageIndex: 4 },
      { title: 'past the end', pageIndex: 9 },
    ]);
    const doc = await PDFDocument.load(after, { updateMetadata: false });
    expect(doc.getTitle()).toBe('T');
    expect(String(doc.catalog.get(PDFName.of('PageMode')))).toBe('/UseOutlines');
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const pages = doc.getPages().map((p) => p.ref);
    const seen: [string, number][] = [];
    for (let ref = outlines.get(PDFName.of('First')); ref instanceof PDFRef; ) {
      const item = doc.context.lookup(ref, PDFDict);
      const title = item.get(PDFName.of('Title')) as PDFHexString | PDFString;
      const dest = item.lookup(PDFName.of('Dest'), PDFArray);
      seen.push([title.decodeText(), pages.indexOf(dest.get(0) as PDFRef)]);
      ref = item.get(PDFName.of('Next'));
    }
    expect(seen).toEqual([['(U) Bottom line — ğş', 0], ['زمینه', 2], ['Sources', 4]]);
    expect(doc.getPageCount()).toBe(5);
  });
});
