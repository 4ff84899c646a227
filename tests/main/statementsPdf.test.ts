/**
 * Statement kinds, judgments and marks in the exported PDF, read back as a reader's PDF viewer would (pdftotext):
 * the kind labels are text a search finds, the confidence sentence is a line of its own apart from the likelihood,
 * and the banner computed from the portion marks is on every page of every layout (slides, notes pages, handouts).
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { markedStatementsDeck } from '../shared/markedStatementsDeck';
import { pdfCaseRunner } from './exportCasesKit';

const pdfText = (path: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', path, '-'], { encoding: 'utf8' });
const lines = (text: string) => text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);

describe('statement kinds and marks in the PDF', () => {
  const run = pdfCaseRunner('statements-pdf');
  const deck = markedStatementsDeck();
  deck.slides[1].notes = 'Stress that these are our judgments.';
  let slides = '';
  let notes = '';
  let handout = '';
  beforeAll(async () => {
    slides = (await run.pdf('slides.pdf', deck, { format: 'pdf' })).path;
    notes = (await run.pdf('notes.pdf', deck, { format: 'pdf', pdfLayout: 'notes', paper: 'a4' })).path;
    handout = (await run.pdf('handout.pdf', deck, { format: 'pdf', pdfLayout: 'handout', paper: 'a4', handoutPerPage: 3 })).path;
  }, 120_000);
  afterAll(() => run.close());

  test('every kind label is searchable text, before the statement it labels', () => {
    const bullets = lines(pdfText(slides, 3)).join(' ');
    expect(bullets).toMatch(/\(U\) REPORTING Erdoğan calls Hamas/);
    expect(bullets).toMatch(/\(U\) JUDGMENT roughly even chance Ankara keeps talking/);
    expect(bullets).toMatch(/\(U\) ASSUMPTION Neither side/);
    expect(bullets).toMatch(/INDICATOR Joint statements/);
    expect(bullets).toContain('Picture (U)');
  });

  test('a key judgment: likelihood with its text, confidence and basis on a line of their own', () => {
    const bluf = lines(pdfText(slides, 2));
    expect(bluf).toContain('OUR KEY JUDGMENTS');
    const judgment = bluf.find((l) => l.includes('Turkey stays anchored in NATO'));
    expect(judgment).toMatch(/^1\. \(U\) JUDGMENT likely Turkey stays anchored in NATO\./);
    expect(judgment).not.toMatch(/onfidence/);
    expect(bluf).toContain('Confidence: moderate. Basis: one analytic article; ¶16 describes present policy.');
    expect(bluf).toContain('Confidence: low.');
  });

  test('table rows, timeline entries and the authority block carry their labels and marks', () => {
    expect(lines(pdfText(slides, 4)).join(' ')).toMatch(/REPORTING Syria/);
    expect(lines(pdfText(slides, 4)).join(' ')).toContain('(U) Positions as the article reports them');
    expect(lines(pdfText(slides, 5)).join(' ')).toMatch(/\(U\) JUDGMENT likely Ankara hosts talks/);
    const title = lines(pdfText(slides, 1));
    expect(title).toEqual(expect.arrayContaining(['Classified By: J. Analyst, Policy Unit', 'Derived From: Multiple Sources', 'Declassify On: 20341231']));
  });

  test('the banner computed from the portion marks is at the top and bottom of every page of every layout', () => {
    for (const path of [slides, notes, handout]) {
      const pages = pdfText(path).split('\f').filter((p) => p.trim() !== '');
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) {
        const ls = lines(page);
        expect(ls[0]).toContain('SECRET//NOFORN');
        expect(ls[ls.length - 1]).toContain('SECRET//NOFORN');
      }
    }
  });
});
