/**
 * : notes pages and handouts. Real Chromium printing;
 * assertions on pdfinfo (page count and paper), pdftotext (every word of the notes, in order) and the PDF's objects.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveExportOptions } from '../../src-shared/export';
import { countPdfPages } from '../../src-shared/print';
import { allLayoutsDeck, deckOf, pageSizes, pageTexts, pdfCaseRunner, pdfInfo } from './exportCasesKit';
import { ensureBuiltCli, runCli } from './exportTestKit';

/** 250 distinct words of plausible notes: "w001 Ankara w002 weighs …". */
const WORDS = Array.from({ length: 250 }, (_, i) => `n${String(i + 1).padStart(3, '0')}${['Ankara', 'Tehran', 'Gaza', 'proxies', 'talks'][i % 5]}`);
const LONG_NOTES = `${WORDS.slice(0, 120).join(' ')}\n\n${WORDS.slice(120).join(' ')}`;
const DENSE = deckOf({
  slides: [
    { id: 'dense', layout: 'bullets', title: 'Dense slide', notes: LONG_NOTES, bullets: Array.from({ length: 9 }, (_, i) => ({ text: `Dense bullet ${i + 1} with enough words to wrap across the slide width easily`, level: i % 3 })) },
    { id: 'next', layout: 'section', title: 'Next section', notes: 'Short note for the next slide.' },
  ],
});
const run = pdfCaseRunner('export-notes');
afterAll(() => run.close());

/** The positions of `words` in `text`, which must all be present and strictly increasing. */
function expectInOrder(text: string, words: readonly string[]): void {
  let at = -1;
  for (const w of words) {
    const i = text.indexOf(w, at + 1);
    expect(i, `${w} missing or out of order`).toBeGreaterThan(at);
    at = i;
  }
}

describe('a dense slide with 250 words of notes, exported as slides with notes', () => {
  test('on 16:9: the notes sit on pages of their own after the slide; every word is printed, in order', async () => {
    const options = { pdfLayout: 'notes', paper: '16:9' } as const;
    const { path } = await run.pdf('e3-16x9.pdf', DENSE, options);
    const pages = pageTexts(path);
    expect(pages).toHaveLength(countPdfPages(DENSE, resolveExportOptions(options)));
    expect(pages[0]).toContain('Dense bullet 9');
    for (const w of WORDS) expect(pages[0]).not.toContain(w);
    const notesPages = pages.slice(1).filter((p) => p.includes('Speaker notes') && p.includes('Dense slide'));
    expect(notesPages.length).toBeGreaterThanOrEqual(1);
    for (const p of notesPages) expect(p).not.toContain('Dense bullet');
    expectInOrder(notesPages.join(' '), WORDS);
  });

  for (const [paper, size] of [['a4', '595x842'], ['letter', '612x792']] as const) {
    test(`on ${paper}: portrait notes pages, the slide above and its notes below, continued on the next page; every word in order`, async () => {
      const options = { pdfLayout: 'notes', paper } as const;
      const { path } = await run.pdf(`e3-${paper}.pdf`, DENSE, options);
      const pages = pageTexts(path);
      expect(pages).toHaveLength(countPdfPages(DENSE, resolveExportOptions(options)));
      expect(new Set(pageSizes(path))).toEqual(new Set([size]));
      // Page 1: the slide, then the start of its notes under it.
      expect(pages[0]).toContain('Dense bullet 9');
      expect(pages[0].indexOf('Dense bullet 9')).toBeLessThan(pages[0].indexOf(WORDS[0]));
      expect(pages[0]).toMatch(/Speaker notes · slide 1 of 2 \(1 of \d\)/);
      // The rest continue on notes pages of their own, before the next slide's page.
      const next = pages.findIndex((p) => p.includes('Next section'));
      expect(next).toBeGreaterThan(1);
      for (const p of pages.slice(1, next)) expect(p).not.toContain('Dense bullet');
      expectInOrder(pages.slice(0, next).join(' '), WORDS);
      expect(pages[next]).toContain('Short note for the next slide.');
    });
  }

  test('notes five times as long continue over further pages, none clipped', async () => {
    const longer = deckOf({ slides: [{ ...DENSE.slides[0], notes: Array.from({ length: 5 }, () => LONG_NOTES).join('\n\n') }] });
    const { path } = await run.pdf('e3-long.pdf', longer, { pdfLayout: 'notes', paper: 'a4' });
    const pages = pageTexts(path);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[1]).toMatch(/2 of \d/);
    expect(pages[1]).not.toContain('Dense bullet');
    expectInOrder(pages.join(' '), Array.from({ length: 5 }, () => WORDS).flat());
  });
});

describe('notes hidden from the audience while presenting, then a handout with notes, without editing', () => {
  test('the export reads the deck as it is and never changes it; the handout carries the notes', async () => {
    const deck = allLayoutsDeck();
    const before = JSON.stringify(deck);
    const { path } = await run.pdf('e4-handout.pdf', deck, { pdfLayout: 'handout', handoutPerPage: 3, paper: 'a4' });
    expect(JSON.stringify(deck)).toBe(before);
    const text = pageTexts(path).join(' ');
    expect(text).toContain('Open with the question.');
    expect(text).toContain('Then the judgments.');
  });
});

describe('CLI export of notes pages on Letter', () => {
  beforeAll(() => ensureBuiltCli(), 120_000);
  test('portrait Letter pages: each slide with notes has its full notes text under it, on its own notes page', () => {
    const deck = allLayoutsDeck();
    const file = join(run.dir, 'e5.briefdeck');
    writeFileSync(file, JSON.stringify(deck));
    const out = join(run.dir, 'e5-notes.pdf');
    const r = runCli(['export', file, '--format', 'pdf', '--layout', 'notes', '--paper', 'letter', '--out', out]);
    // Nothing on stderr but the pre-export check's warnings about the deck's content (tradecraft, uncited claims).
    expect(r.stderr.split('\n').filter((l) => l.trim() !== '' && !/tradecraft|has no citation|have no citation/.test(l))).toEqual([]);
    expect(r.status).toBe(0);
    const pages = pageTexts(out);
    expect(pages).toHaveLength(countPdfPages(deck, resolveExportOptions({ pdfLayout: 'notes', paper: 'letter' })));
    expect(new Set(pageSizes(out))).toEqual(new Set(['612x792']));
    const withNotes = deck.slides.filter((s) => !s.hidden && s.notes.trim() !== '');
    expect(withNotes.length).toBeGreaterThanOrEqual(2);
    for (const slide of withNotes) {
      const firstParagraph = slide.notes.split('\n')[0];
      const i = pages.findIndex((p) => p.includes('Speaker notes') && p.includes(firstParagraph));
      expect(i, slide.id).toBeGreaterThanOrEqual(0);
      // The slide's own page (its header names the slide's position), with the notes in full.
      expect(pages[i]).toMatch(/Speaker notes · slide \d+ of \d+/);
      expect(pages[i].replace(/\s+/g, ' ')).toContain(slide.notes.replace(/\s+/g, ' '));
    }
  }, 120_000);
});

describe('a handout with three slides a page and their notes, on A4 and on US Letter', () => {
  for (const [paper, size] of [['a4', '595x842'], ['letter', '612x792']] as const) {
    test(`${paper}: portrait ${size} pt pages, notes as page text (not annotations), the banner on every page`, async () => {
      const deck = allLayoutsDeck();
      const options = { pdfLayout: 'handout', handoutPerPage: 3, paper } as const;
      const { path } = await run.pdf(`e6-${paper}.pdf`, deck, options);
      expect(pdfInfo(path).pages).toBe(countPdfPages(deck, resolveExportOptions(options)));
      expect(new Set(pageSizes(path))).toEqual(new Set([size]));
      const pages = pageTexts(path);
      expect(pages[0]).toContain('Open with the question.');
      expect(pages[0]).toContain('Key point first.');
      for (const p of pages) expect(p.split('UNCLASSIFIED // FOR TRAINING').length - 1).toBeGreaterThanOrEqual(2);
      const pdf = await PDFDocument.load(readFileSync(path));
      for (const page of pdf.getPages()) {
        const annots = page.node.lookup(PDFName.of('Annots'));
        const kinds = annots instanceof PDFArray ? annots.asArray().map((a) => String(pdf.context.lookup(a)?.toString().match(/\/Subtype \/(\w+)/)?.[1])) : [];
        expect(kinds.filter((k) => k !== 'Link')).toEqual([]);
      }
    });
  }

  test('3-a-page with lines: ruled lines beside each slide and no notes text', async () => {
    const { path } = await run.pdf('e6-lines.pdf', allLayoutsDeck(), { pdfLayout: 'handout', handoutPerPage: 3, handoutNotes: 'lines', paper: 'a4' });
    expect(pageTexts(path)[0]).not.toContain('Open with the question.');
  });

  for (const perPage of [1, 2, 4, 6] as const) {
    test(`${perPage} a page: the stated page count, every exported slide title present`, async () => {
      const deck = allLayoutsDeck();
      const options = { pdfLayout: 'handout', handoutPerPage: perPage, paper: 'a4' } as const;
      const { path } = await run.pdf(`e6-${perPage}up.pdf`, deck, options);
      const slides = deck.slides.filter((s) => !s.hidden).length;
      expect(pdfInfo(path).pages).toBe(Math.ceil(slides / perPage));
      const text = pageTexts(path).join(' ');
      for (const title of ['Bottom line', 'Context', 'Hamas ties compared', 'Ankara vs Tehran', 'Timeline', 'In their words', 'Limits']) expect(text).toContain(title);
      expect(text).not.toContain('Backup slide');
    });
  }
});

describe('three slides with notes, a notes export', () => {
  test('three notes pages, each non-empty and with its own slide\'s notes', async () => {
    const notes = ['First brief note about Ankara.', 'Second brief note about Tehran.', 'Third brief note about Gaza.'];
    const deck = deckOf({ slides: notes.map((n, i) => ({ id: `s${i}`, layout: 'section' as const, title: `Part ${i + 1}`, notes: n })) });
    const { path } = await run.pdf('e8.pdf', deck, { pdfLayout: 'notes' });
    const notesPages = pageTexts(path).filter((p) => p.includes('Speaker notes'));
    expect(notesPages).toHaveLength(3);
    notesPages.forEach((p, i) => expect(p).toContain(notes[i]));
  });
});
