/** The PDF's Subject is the deck's subtitle, and is left out (not a copy of the Title) when there is none. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { pdfInfoFor } from '../../src-main/services/export/pdf/deckPdfInfo';
import { setPdfDocumentInfo } from '../../src-main/services/export/pdf/pdfDocumentInfo';
import { artifactDir } from './exportTestKit';
import { deckOf } from './exportCasesKit';

const slides = [{ id: 'a', layout: 'bullets' as const, title: 'One', bullets: [{ text: 'x', level: 0 }] }];

async function pdfinfoOf(info: ReturnType<typeof pdfInfoFor>, name: string): Promise<string> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const file = join(artifactDir('pdf-subject'), name);
  writeFileSync(file, setPdfDocumentInfo(await doc.save({ useObjectStreams: false }), info));
  return execFileSync('pdfinfo', [file], { encoding: 'utf8' });
}

describe('PDF Subject', () => {
  test('no subtitle: no Subject, the Title alone', async () => {
    const info = pdfInfoFor(deckOf({ title: 'Ankara and Tehran', subtitle: '', slides }));
    expect(info.subject).toBe('');
    const text = await pdfinfoOf(info, 'no-subtitle.pdf');
    expect(text).toMatch(/Title:\s+Ankara and Tehran/);
    expect(text).not.toMatch(/Subject:/);
  });

  test('a subtitle is the Subject', async () => {
    const info = pdfInfoFor(deckOf({ title: 'Ankara and Tehran', subtitle: 'Alignment after 7 Oct', slides }));
    expect(await pdfinfoOf(info, 'subtitle.pdf')).toMatch(/Subject:\s+Alignment after 7 Oct/);
  });
});
