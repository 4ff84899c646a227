/**
 * : build steps, page counts stated before the export,
 * no blank pages, the finished state printed. Real Chromium printing; assertions on pdfinfo and pdftotext.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveExportOptions } from '../../src-shared/export';
import { countPdfPages } from '../../src-shared/print';
import { deckOf, pageTexts, pdfCaseRunner, pdfInfo } from './exportCasesKit';
import { ensureBuiltCli, runCli } from './exportTestKit';

const KJ = ['Ankara keeps its Hamas channel open', 'Tehran escalates through proxies', 'Neither seeks a formal axis'];
const deck = deckOf({
  slides: [
    { id: 'title', layout: 'title', title: 'Alignment after 7 October' },
    { id: 'kj', layout: 'bullets', title: 'Key judgments', bullets: KJ.map((text) => ({ text, fragment: true })) },
  ],
});
const run = pdfCaseRunner('export-builds');
afterAll(() => run.close());

describe('a key-judgments slide with three fragments, final state and one page per build step', () => {
  for (const paper of ['16:9', 'a4'] as const) {
    test(`final state on ${paper}: one page per slide, the last with all three bullets; the count is stated beforehand`, async () => {
      const options = { paper, builds: 'final' } as const;
      expect(countPdfPages(deck, resolveExportOptions(options))).toBe(2);
      const { path, result } = await run.pdf(`e1-final-${paper.replace(':', 'x')}.pdf`, deck, options);
      expect(pdfInfo(path).pages).toBe(2);
      expect(result.pageCount).toBe(2);
      const kjPage = pageTexts(path)[1];
      for (const line of KJ) expect(kjPage).toContain(line);
    });

    test(`one page per build step on ${paper}: the slide before any bullet, then one more bullet a page`, async () => {
      const options = { paper, builds: 'steps' } as const;
      const stated = countPdfPages(deck, resolveExportOptions(options));
      expect(stated).toBe(1 + 4);
      const { path } = await run.pdf(`e1-steps-${paper.replace(':', 'x')}.pdf`, deck, options);
      expect(pdfInfo(path).pages).toBe(stated);
      const pages = pageTexts(path).slice(1);
      pages.forEach((text, step) => {
        expect(text).toContain('Key judgments');
        KJ.forEach((line, k) => (k < step ? expect(text).toContain(line) : expect(text).not.toContain(line)));
      });
    });
  }
});

describe('headless CLI export asking for build steps, from a deck file that names no framework', () => {
  beforeAll(() => ensureBuiltCli(), 120_000);
  test('--builds steps is honoured: the PDF shows each step', () => {
    const file = join(run.dir, 'e2.briefdeck');
    writeFileSync(file, JSON.stringify(deck));
    const out = join(run.dir, 'e2-steps.pdf');
    const r = runCli(['export', file, '--format', 'pdf', '--builds', 'steps', '--out', out]);
    // The pre-export check's one finding: the key judgments cite nothing.
    expect(r.stderr).toBe('briefdeck: warning: Slide 2 “Key judgments”: 3 claims have no citation (“Ankara keeps its Hamas channel open”).\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(5 pages,');
    const pages = pageTexts(out);
    expect(pages).toHaveLength(5);
    expect(pages.map((p) => KJ.filter((l) => p.includes(l)).length)).toEqual([0, 0, 1, 2, 3]);
  }, 120_000);

  test('a bad --builds value is a usage error (exit 2) and writes nothing', () => {
    const r = runCli(['export', '--template', 'five-minute-bluf', '--format', 'pdf', '--builds', 'some', '--out', join(run.dir, 'never.pdf')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--builds must be one of final, steps/);
  });
});

describe('two slides give exactly two pages (no blank page after a slide)', () => {
  const two = deckOf({ slides: [{ id: 'a', layout: 'section', title: 'First' }, { id: 'b', layout: 'section', title: 'Second' }] });
  for (const paper of ['16:9', 'a4', 'letter'] as const) {
    test(`slides on ${paper}`, async () => {
      const { path } = await run.pdf(`e11-${paper.replace(':', 'x')}.pdf`, two, { paper });
      expect(pdfInfo(path).pages).toBe(2);
      expect(pageTexts(path).map((t) => t.includes('First') || t.includes('Second'))).toEqual([true, true]);
    });
  }
});

describe('a slide whose title and bullets build in: the PDF shows the finished state', () => {
  test('every build item is painted on the one page of its slide', async () => {
    const built = deckOf({
      slides: [{ id: 't', layout: 'timeline', title: 'Entrance', entries: [{ date: '2023-10-07', event: 'First event', fragment: true }, { date: '2023-10-20', event: 'Second event', fragment: true }] }],
    });
    const { path } = await run.pdf('e12.pdf', built, {});
    expect(pdfInfo(path).pages).toBe(1);
    const text = pageTexts(path)[0];
    expect(text).toContain('First event');
    expect(text).toContain('Second event');
  });
});
