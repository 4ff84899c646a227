import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DeckSchema, type Deck, type DeckInput, type SlideOf } from '../../src-shared/deck';
import { deckToMarkdown, markdownToDeck } from '../../src-shared/markdown';
import { markedStatementsDeck } from './markedStatementsDeck';

const sample = (): Deck => DeckSchema.parse(JSON.parse(readFileSync('tests/fixtures/markdown/export-sample.briefdeck', 'utf8')));

function deckOf(slides: DeckInput['slides']): Deck {
  return DeckSchema.parse({ schemaVersion: 2, title: 'T', slides });
}

describe('deckToMarkdown then markdownToDeck', () => {
  it('gives back the same deck: every layout, titles, bullets with levels, notes, order, hidden, citations, metadata', () => {
    const deck = sample();
    const { deck: back, warnings } = markdownToDeck(deckToMarkdown(deck));
    expect(warnings).toEqual([]);
    expect(back).toEqual(deck);
  });

  it('writes reveal.js Markdown: --- separators, Note:, fragment and slide attribute comments', () => {
    const md = deckToMarkdown(sample());
    expect(md.split(/\n---\n/)).toHaveLength(10);
    expect(md).toContain('<!-- .slide: data-id="backup" data-layout="bullets" data-visibility="hidden" -->');
    expect(md).toContain('  - Frames Hamas as a *liberation movement* <!-- .element: class="fragment" -->');
    expect(md).toContain('\nNote:\nStress the difference in kind, not degree.');
    expect(md).toContain('| Hamas | Political host | Armer \\| funder |');
    expect(md).toContain('- **2023-10-07** — Hamas attacks Israel <!-- .element: data-citations="mei-2023:1" -->');
    expect(md).toContain('> The United States is an accomplice');
    expect(md).toContain('— Iranian officials, October 2023 (¶2)');
  });

  it('lists the endnotes of the citations used on the sources slide (hidden slides not counted)', () => {
    const md = deckToMarkdown(sample());
    const sources = md.slice(md.lastIndexOf('## Sources'));
    expect(sources).toContain('1. Sinem Adar, Hamidreza Azizi. “Turkey and Iran: Toward an axis of revisionism amid the war in Gaza?” Middle East Institute, 2023-11.');
    expect(sources).toContain('Cited: ¶1–8, 17–19');
  });

  it('an audience copy has no speaker notes and no hidden slides anywhere in the text', () => {
    const deck = sample();
    const md = deckToMarkdown(deck, { audience: true });
    expect(md).not.toMatch(/liaison/i);
    expect(md).not.toMatch(/^notes?:/im);
    expect(md).not.toContain('data-visibility');
    for (const s of deck.slides.filter((x) => x.notes)) expect(md).not.toContain(s.notes.split('\n')[0]);
    const { deck: back } = markdownToDeck(md);
    expect(back.slides.map((s) => s.id)).toEqual(deck.slides.filter((s) => !s.hidden).map((s) => s.id));
    expect(back.slides.every((s) => s.notes === '')).toBe(true);
  });

  it('keeps text that looks like Markdown block syntax, separators or notes markers as typed', () => {
    const tricky = [
      '# not a heading', '> not a quote', '- not a list', '+ plus', '* star', '1. not numbered', '2) nor this', '---', '--', '===',
      '```', '~~~', '| pipe', 'Note: not notes', 'notes: nor these', '<!-- .element: class="fragment" --> literal comment',
      'ends with #', '**bold** and [link](https://example.org)',
      '<img src=x onerror="window.__pwned=1"> and <script>window.__pwned=1</script>', '[click](javascript:alert(1)) and <javascript:alert(1)>',
      '![tracker](https://evil.example/p.gif) and \\![kept]', '[ref]: javascript:alert(1)', '&lt; typed entity stays', 'a ] ( b ](x) c',
    ];
    const deck = deckOf([
      { id: 'a', layout: 'bullets', title: 'Title ending in #', bullets: tricky.map((text, i) => ({ text, level: i % 3 })), notes: tricky.join('\n') },
      { id: 'b', layout: 'section', title: '# hash title', subtitle: 'Note: subtitle\n---\nsecond line' },
      { id: 'c', layout: 'table', title: 'Cells', columns: ['a | b', '<!-- c -->'], rows: [['1. x', '# y'], ['<b onclick=x>', '[j](javascript:x)']], caption: '- caption' },
      { id: 'd', layout: 'quote', title: '', quote: '> nested\n\nNote: two\n---', attribution: '-- someone' },
      { id: 'e', layout: 'timeline', title: 'T', entries: [{ date: '2023 *approx*', event: '- event' }, { date: '<i>2023</i>', event: '<svg onload=x>' }] },
    ]);
    const { deck: back } = markdownToDeck(deckToMarkdown(deck));
    expect(back.slides).toEqual(deck.slides);
  });

  it('keeps bullet levels that skip a step (0 then 3) and caps nothing within the schema', () => {
    const deck = deckOf([{ id: 'a', layout: 'bullets', title: 'Levels', bullets: [0, 3, 1, 4, 2, 0, 2].map((level, i) => ({ text: `b${i}`, level })) }]);
    const { deck: back } = markdownToDeck(deckToMarkdown(deck));
    expect(back.slides[0]).toEqual(deck.slides[0]);
  });
});

describe('statement kinds, judgment fields and portion marks in Markdown', () => {
  for (const patch of [{}, { language: 'fa', direction: 'rtl' as const }, { language: 'tr' }]) {
    it(`shows them on each item and gives them all back on import (${patch.language ?? 'en'})`, () => {
      const deck = markedStatementsDeck(patch);
      const md = deckToMarkdown(deck);
      const { deck: back, warnings } = markdownToDeck(md);
      expect(warnings).toEqual([]);
      expect(back).toEqual(deck);
    });
  }

  it('writes the lead before the text and the confidence sentence on the next line, fields on the element comment', () => {
    const md = deckToMarkdown(markedStatementsDeck());
    expect(md).toContain(
      '- (U) **JUDGMENT** _roughly even chance_ Ankara keeps talking to Tehran.\n  *Confidence: low. Basis: One article.* <!-- .element: data-citations="art:5" data-kind="judgment" data-portion-marking="(U)" data-likelihood="roughly even chance" data-confidence="low" data-confidence-basis="One article." -->',
    );
    expect(md).toContain('- (U) **JUDGMENT** _likely_ Turkey stays anchored in NATO.\n  *Confidence: moderate. Basis: one analytic article; ¶16 describes present policy.*');
    expect(md).toContain('**BLUF:** (U) Ankara and Tehran align');
    expect(md).toContain('| **REPORTING** Syria | Opposes Assad | Backs Assad |');
    expect(md).toContain('data-row-kinds="reporting,"');
    expect(md).toContain('- **2023-10-07** — (U) **REPORTING** Hamas attacks Israel');
    expect(md).toContain('> (U) We will not be a party to this.');
    expect(md).toContain('data-marking="{&quot;scheme&quot;:&quot;capco&quot;');
  });

  it('a hand-edited label stays text, with a warning, and the fields still come from the comment', () => {
    const md = deckToMarkdown(markedStatementsDeck()).replace('(U) **REPORTING** Erdoğan', '(U) **REPORT** Erdoğan');
    const { deck, warnings } = markdownToDeck(md);
    const bullet = (deck.slides[2] as SlideOf<'bullets'>).bullets[0];
    expect(bullet.text).toBe('(U) **REPORT** Erdoğan calls Hamas a liberation movement.');
    expect(bullet.kind).toBe('reporting');
    expect(warnings.map((w) => w.message)).toEqual(['the label before "(U) **REPORT** Erdoğan calls Hamas a lib" does not match its attributes and was kept as text']);
  });

  it('reads an older export: "(high confidence; likely)" after the judgment, and no qualifier meaning moderate', () => {
    const md = '<!-- .slide: data-layout="bluf" -->\n\n## B\n\n**BLUF:** x\n\n- One (high confidence; likely)\n- Two';
    const judgments = (markdownToDeck(md).deck.slides[0] as SlideOf<'bluf'>).judgments;
    expect(judgments.map((j) => [j.text, j.confidence, j.likelihood])).toEqual([['One', 'high', 'likely'], ['Two', 'moderate', undefined]]);
  });
});
