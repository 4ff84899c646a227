import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { createSlideRenderer, markerParagraphs, renderDeckHtml, renderSlideHtml, visibleSlides } from '../../src-shared/render';
import { allLayoutsDeck } from './renderFixture';

const dom = (html: string) => new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document;

describe('renderDeckHtml: structure', () => {
  const deck = allLayoutsDeck();
  const doc = dom(renderDeckHtml(deck));
  const sections = [...doc.querySelectorAll('.reveal > .slides > section')];

  test('one <section> per visible slide, hidden slides left out by default', () => {
    expect(sections.map((s) => s.getAttribute('data-slide-id'))).toEqual(visibleSlides(deck).map((s) => s.id));
    expect(sections).toHaveLength(10);
    expect(doc.querySelector('[data-slide-id="h1"]')).toBeNull();
  });

  test('hidden slides are rendered with includeHidden, and numbered among the rest', () => {
    const all = dom(renderDeckHtml(deck, { includeHidden: true }));
    expect(all.querySelectorAll('.slides > section')).toHaveLength(11);
    expect(all.querySelector('[data-slide-id="h1"] .bd-number')?.textContent).toBe('9 / 11');
  });

  test('the classification banner is at the top and the bottom of every slide, with its CAPCO level', () => {
    for (const s of sections) {
      const banners = s.querySelectorAll('.bd-slide > .bd-banner');
      expect([...banners].map((b) => b.className)).toEqual(['bd-banner bd-banner-top bd-level-unclassified', 'bd-banner bd-banner-bottom bd-level-unclassified']);
      expect([...banners].every((b) => b.textContent === 'UNCLASSIFIED // FOR TRAINING')).toBe(true);
    }
    const secret = dom(renderDeckHtml(allLayoutsDeck({ classification: { text: 'SECRET//NOFORN', level: 'secret' } })));
    expect(secret.querySelectorAll('.bd-banner.bd-level-secret')).toHaveLength(20);
    const none = dom(renderDeckHtml(allLayoutsDeck({ classification: { text: '', level: 'none' } })));
    expect(none.querySelectorAll('.bd-banner')).toHaveLength(0);
  });

  test('each slide has exactly one heading (one PDF outline entry per slide), portion marking before the title', () => {
    for (const s of sections) expect(s.querySelectorAll('h1,h2,h3,h4,h5,h6')).toHaveLength(1);
    expect(doc.querySelector('[data-slide-id="b1"] h2')?.textContent).toBe('(U) Bottom line');
    expect(doc.querySelector('[data-slide-id="b1"] h2 > .bd-portion')?.textContent).toBe('(U)');
  });

  test('speaker notes as <aside class="notes">, and none at all in an audience copy', () => {
    expect(doc.querySelector('[data-slide-id="b1"] aside.notes')?.innerHTML).toBe('<p>Key point first.</p><p>Then the judgments.</p>');
    const audience = renderDeckHtml(deck, { includeNotes: false });
    expect(audience).not.toContain('Key point first');
    expect(audience).not.toContain('class="notes"');
  });

  test('fragments become reveal.js fragments', () => {
    expect(doc.querySelectorAll('[data-slide-id="b1"] li.fragment')).toHaveLength(2);
    expect(doc.querySelector('[data-slide-id="bl"] li.bd-level-1')?.classList.contains('fragment')).toBe(true);
    expect(doc.querySelectorAll('[data-slide-id="tl"] li.fragment')).toHaveLength(1);
  });

  test('bullet levels nest as lists', () => {
    expect(doc.querySelector('[data-slide-id="bl"] ul.bd-bullets > li > ul > li > ul > li.bd-level-2')?.textContent).toBe('Gulf');
  });

  test('key judgments: labelled as judgments, likelihood with the text, ICD 203 confidence in a sentence of its own', () => {
    const lines = [...doc.querySelectorAll('[data-slide-id="b1"] .bd-judgment > .bd-confidence-line')].map((t) => t.textContent);
    expect(lines).toEqual(['Confidence: high.', 'Confidence: moderate.', 'Confidence: low.']);
    expect(doc.querySelector('[data-slide-id="b1"] .bd-kj-text .bd-likelihood')?.textContent).toBe('very likely');
    expect(doc.querySelector('[data-slide-id="b1"] .bd-kj-text')?.textContent).not.toContain('onfidence');
    expect([...doc.querySelectorAll('[data-slide-id="b1"] .bd-kj-text > .bd-kind-judgment')].map((k) => k.textContent)).toEqual(['JUDGMENT', 'JUDGMENT', 'JUDGMENT']);
    expect(doc.querySelector('[data-slide-id="b1"] .bd-kj-heading')?.textContent).toBe('OUR KEY JUDGMENTS');
  });

  test('endnotes come from the citations of the rendered slides, numbered, and markers link to the sources slide', () => {
    const notes = [...doc.querySelectorAll('#sources ol.bd-endnotes > li')].map((li) => li.textContent);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain('A. Author, B. Writer');
    expect(notes[0]).toContain('“Turkey and Iran: an axis of revisionism?”');
    expect(notes[0]).toContain('Policy Journal, 2023-11');
    expect(notes[0]).toContain('Cited: ¶1, 2, 4–7, 18');
    expect(notes[1]).toContain('Cited: ¶3');
    expect(notes.join(' ')).not.toContain('¶9');
    const markers = [...doc.querySelectorAll('a.bd-cite-link')];
    expect(markers.length).toBeGreaterThan(4);
    expect(markers.every((a) => a.getAttribute('href') === '#sources')).toBe(true);
    expect(doc.querySelector('[data-slide-id="b1"] .bd-kj-text .bd-cite')?.textContent).toBe('[1 ¶4–7]');
    expect(doc.querySelector('[data-slide-id="b1"] .bd-footer .bd-cite')?.textContent).toBe('[1 ¶1, 2]');
    const withHidden = dom(renderDeckHtml(deck, { includeHidden: true }));
    expect(withHidden.querySelector('#sources')?.textContent).toContain('Cited: ¶3, 9');
  });

  test('RTL decks set dir and lang on the deck', () => {
    const fa = dom(renderDeckHtml(allLayoutsDeck({ language: 'fa', direction: 'rtl' })));
    const root = fa.querySelector('.reveal');
    expect(root?.getAttribute('dir')).toBe('rtl');
    expect(root?.getAttribute('lang')).toBe('fa');
    expect(fa.querySelector('.bd-kj-heading')?.textContent).toBe('ارزیابی‌های کلیدی ما');
    expect(fa.querySelector('.bd-kind-judgment')?.textContent).toBe('ارزیابی');
  });

  test('renderSlideHtml renders one slide by deck index, hidden ones too', () => {
    const one = dom(renderSlideHtml(deck, 1));
    expect(one.querySelectorAll('section')).toHaveLength(1);
    expect(one.querySelector('.bd-number')?.textContent).toBe('2 / 10');
    expect(dom(renderSlideHtml(deck, 8)).querySelector('section')?.getAttribute('data-slide-id')).toBe('h1');
    expect(() => renderSlideHtml(deck, 99)).toThrow(RangeError);
    expect(createSlideRenderer(deck).slides).toHaveLength(10);
  });

  test('rendering never modifies the deck', () => {
    const before = JSON.stringify(deck);
    renderDeckHtml(deck, { includeHidden: true });
    expect(JSON.stringify(deck)).toBe(before);
  });
});

describe('markerParagraphs', () => {
  test.each([
    [[4, 5, 6, 7], '¶4–7'],
    [[1, 3], '¶1, 3'],
    [[2, 1, 2], '¶1, 2'],
    [[1, 2, 3, 5, 7, 8, 9, 19], '¶1–3, 5, 7–9, 19'],
    [[], ''],
  ])('%j -> %s', (input, expected) => expect(markerParagraphs(input)).toBe(expected));
});

describe('renderDeckHtml: snapshots of each layout', () => {
  const deck = allLayoutsDeck();
  test.each(deck.slides.map((s, i) => [s.layout, s.id, i] as const))('%s (%s)', (_layout, _id, index) => {
    expect(renderSlideHtml(deck, index)).toMatchSnapshot();
  });
});

describe('slideOutline (PDF bookmarks for the print view)', () => {
  test('one entry per rendered slide, plain heading text, first page of each slide', async () => {
    const { slideOutline } = await import('../../src-shared/render');
    const deck = allLayoutsDeck();
    const outline = slideOutline(deck);
    expect(outline.map((e) => e.pageIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(outline[0].title).toBe('Turkey and Iran after 7 October');
    expect(outline[1].title).toBe('(U) Bottom line');
    expect(outline[8].title).toBe('Sources');
    // With build steps a slide with k fragments prints k + 1 pages (reveal pdfSeparateFragments).
    const steps = slideOutline(deck, { buildSteps: true }).map((e) => e.pageIndex);
    expect(steps).toEqual([0, 1, 4, 6, 7, 8, 10, 11, 12, 13]);
  });
});
