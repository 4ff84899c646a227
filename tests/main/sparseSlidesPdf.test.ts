/**
 * Sparse slides as a designer lays them out, checked in the exported PDF (pdftotext -bbox word boxes, in pt on the
 * 960×540 pt page): a short quote is large and centred on the slide; a sources slide with one entry sets it in body
 * type, in the middle of the slide body, not as small print at the top of an empty page.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deckOf, pdfCaseRunner } from './exportCasesKit';

interface Word { text: string; x0: number; y0: number; x1: number; y1: number }

/** The words of page `page` (1-based) with their boxes in pt. */
function wordsOf(path: string, page: number): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: m[5] }));
}

function boxOf(words: Word[]) {
  return { x0: Math.min(...words.map((w) => w.x0)), x1: Math.max(...words.map((w) => w.x1)), y0: Math.min(...words.map((w) => w.y0)), y1: Math.max(...words.map((w) => w.y1)) };
}

const SOURCE = { id: 'mei', title: 'Turkey and Iran: Toward an axis of revisionism amid the war in Gaza?', authors: ['Sinem Adar', 'Hamidreza Azizi'], publisher: 'Middle East Institute', date: '2023-11', url: 'https://mei.edu/publications/turkey-and-iran' };
const slide = (id: string, layout: string, extra: object) => ({ id, title: '', notes: '', citations: [], argumentIds: [], hidden: false, layout, ...extra });
const deck = deckOf({
  sources: [SOURCE],
  slides: [
    slide('q', 'quote', { quote: 'Ankara and Tehran align in rhetoric, not in strategy.', attribution: 'Adar & Azizi, 2023', citations: [{ sourceId: 'mei', paragraphs: [3] }] }),
    slide('src', 'sources', {}),
    slide('long', 'quote', { quote: 'A long quotation. '.repeat(20).trim(), attribution: 'Someone' }),
  ] as never,
});

describe('sparse slides in the PDF', () => {
  const run = pdfCaseRunner('sparse-slides');
  let path = '';
  beforeAll(async () => {
    path = (await run.pdf('sparse.pdf', deck, { format: 'pdf' })).path;
  });
  afterAll(() => run.close());

  test('a short quote: large type (line box over 40 pt), centred across the slide and around its middle', () => {
    const words = wordsOf(path, 1).filter((w) => !/UNCLASSIFIED|\/\/|TEST|^\[|^\d+$|^\/$/.test(w.text));
    const quoteWords = words.filter((w) => w.y1 - w.y0 > 40);
    expect(quoteWords.map((w) => w.text).join(' ')).toBe('Ankara and Tehran align in rhetoric, not in strategy.');
    const quote = boxOf(quoteWords);
    expect(Math.abs((quote.x0 + quote.x1) / 2 - 480)).toBeLessThan(12);
    const attribution = boxOf(words.filter((w) => /Adar|Azizi/.test(w.text)));
    // The slide body runs from 43.5 pt to 483 pt (58 px and 76 px padding of the 720 px slide): its middle is 263 pt.
    expect(Math.abs((quote.y0 + attribution.y1) / 2 - 263)).toBeLessThan(30);
    expect(Math.abs((attribution.x0 + attribution.x1) / 2 - 480)).toBeLessThan(40);
  });

  test('a long quote keeps its start edge (left aligned), not centred', () => {
    const words = wordsOf(path, 3).filter((w) => w.text === 'A');
    expect(Math.min(...words.map((w) => w.x0))).toBeLessThan(120);
  });

  test('one source: its reference in body type (over 18 pt lines) in the middle of the slide body', () => {
    const words = wordsOf(path, 2);
    const title = words.find((w) => w.text === 'Sources')!;
    const entry = boxOf(words.filter((w) => /Sinem|Adar|Institute|Cited/.test(w.text)));
    const sinem = words.find((w) => w.text === 'Sinem')!;
    expect(sinem.y1 - sinem.y0).toBeGreaterThan(18);
    // Below the title, with its middle near the middle of the body (title rule ~ 70 pt to footer ~ 500 pt).
    expect(entry.y0).toBeGreaterThan(title.y1 + 40);
    expect(Math.abs((entry.y0 + entry.y1) / 2 - 285)).toBeLessThan(50);
  });
});
