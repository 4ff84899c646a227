import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { renderDeckHtml, themeCss } from '../../src-shared/render';
import { markedStatementsDeck } from './markedStatementsDeck';

const dom = (html: string) => new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('statement kinds, judgments and portion marks in the HTML render', () => {
  const doc = dom(renderDeckHtml(markedStatementsDeck()));
  const slide = (id: string) => doc.querySelector(`[data-slide-id="${id}"]`);

  test('every bullet reads portion mark, kind label, then its text, as text a screen reader and a PDF search find', () => {
    const items = [...(slide('k')?.querySelectorAll('ul.bd-bullets li') ?? [])].map((li) => text(li.firstElementChild) + ' | ' + text(li));
    expect(items[0]).toBe('(U) | (U) REPORTING Erdoğan calls Hamas a liberation movement. [1 ¶4]');
    expect(text(slide('k')?.querySelector('li.bd-stmt-judgment'))).toMatch(/^\(U\) JUDGMENT roughly even chance Ankara keeps talking to Tehran\. \[1 ¶5\]Confidence: low\. Basis: One article\./);
    expect([...(slide('k')?.querySelectorAll('.bd-kind') ?? [])].map((k) => k.className)).toEqual([
      'bd-kind bd-kind-reporting', 'bd-kind bd-kind-judgment', 'bd-kind bd-kind-assumption', 'bd-kind bd-kind-indicator',
    ]);
  });

  test('a key judgment has its likelihood with the text and its confidence with the basis in a sentence of its own', () => {
    const first = slide('b')?.querySelector('.bd-judgment');
    expect(text(first?.querySelector('.bd-kj-text'))).toBe('(U) JUDGMENT likely Turkey stays anchored in NATO. [1 ¶16]');
    expect(text(first?.querySelector(':scope > .bd-confidence-line'))).toBe('Confidence: moderate. Basis: one analytic article; ¶16 describes present policy.');
    expect(text(slide('b')?.querySelectorAll('.bd-confidence-line')[1])).toBe('Confidence: low.');
    expect(text(slide('b')?.querySelector('.bd-bluf'))).toBe('BLUF (U) Ankara and Tehran align on Gaza but compete elsewhere.');
  });

  test('timeline entries, table rows, caption, quote and subtitles carry their marks and kinds', () => {
    expect(text(slide('tl')?.querySelector('.bd-tl-event'))).toBe('(U) REPORTING Hamas attacks Israel [1 ¶1]');
    expect(text(slide('tl')?.querySelectorAll('.bd-tl-event')[1])).toBe('(U) JUDGMENT likely Ankara hosts talksConfidence: moderate. Basis: Past pattern.');
    expect(text(slide('tb')?.querySelector('caption'))).toBe('(U) Positions as the article reports them');
    expect(text(slide('tb')?.querySelector('tbody tr td'))).toBe('REPORTING Syria');
    expect(slide('tb')?.querySelectorAll('tbody tr')[1].querySelector('.bd-kind')).toBeNull();
    expect(text(slide('q')?.querySelector('blockquote p'))).toBe('(U) We will not be a party to this.');
    expect(text(slide('s')?.querySelector('.bd-subtitle'))).toBe('(U) Why no alliance');
    expect(text(slide('t')?.querySelector('.bd-subtitle'))).toBe('(U) What the article reports, and what we judge');
  });

  test("a picture's portion mark is printed beside it", () => {
    expect(text(slide('k')?.querySelector('.bd-picture-mark'))).toBe('Picture (U)');
    expect(slide('b')?.querySelector('.bd-picture-mark')).toBeNull();
  });

  test('the banner is computed from the portion marks on every slide, and the title slide has the authority block', () => {
    const banners = [...doc.querySelectorAll('.bd-banner')];
    expect(banners).toHaveLength(14);
    expect(banners.every((b) => b.textContent === 'SECRET//NOFORN' && b.classList.contains('bd-level-secret'))).toBe(true);
    expect([...(slide('t')?.querySelectorAll('.bd-authority-line') ?? [])].map(text)).toEqual([
      'Classified By: J. Analyst, Policy Unit', 'Derived From: Multiple Sources', 'Declassify On: 20341231',
    ]);
    expect(doc.querySelectorAll('.bd-authority')).toHaveLength(1);
    expect(dom(renderDeckHtml(markedStatementsDeck({ marking: { scheme: 'capco' } }))).querySelector('.bd-authority')).toBeNull();
  });

  test('a TLP deck prints the most restrictive TLP label in its TLP 2.0 colour', () => {
    const tlp = markedStatementsDeck({ marking: { scheme: 'tlp' }, classification: { text: '', level: 'none' } });
    for (const s of tlp.slides) {
      s.portionMarking = 'TLP:GREEN';
      if (s.layout === 'bluf') s.judgments[1].portionMarking = 'TLP:AMBER';
    }
    const banners = [...dom(renderDeckHtml(tlp)).querySelectorAll('.bd-banner')];
    expect(banners.length).toBe(14);
    expect(banners.every((b) => b.textContent === 'TLP:AMBER' && b.className === `bd-banner bd-banner-${b.classList.contains('bd-banner-top') ? 'top' : 'bottom'} bd-tlp bd-tlp-amber`)).toBe(true);
    expect(themeCss('briefing-light')).toContain('.bd-banner.bd-tlp-amber{background:#000000;color:#ffc000;}');
  });

  test('labels follow the deck language (Persian, right to left)', () => {
    const fa = dom(renderDeckHtml(markedStatementsDeck({ language: 'fa', direction: 'rtl' })));
    expect(text(fa.querySelector('[data-slide-id="k"] .bd-kind-indicator'))).toBe('شاخص');
    expect(text(fa.querySelector('[data-slide-id="b"] .bd-confidence-line'))).toBe('اطمینان: متوسط. مبنا: one analytic article; ¶16 describes present policy.');
    const tr = dom(renderDeckHtml(markedStatementsDeck({ language: 'tr' })));
    expect(text(tr.querySelector('[data-slide-id="k"] .bd-kind-reporting'))).toBe('KAYNAK BİLGİSİ');
  });

  test('hostile text in every new field stays text', () => {
    const payload = '<img src=x onerror="__pwned=1">';
    const deck = markedStatementsDeck();
    deck.marking = { scheme: 'capco', authority: { classifiedBy: payload, derivedFrom: payload, declassifyOn: payload } };
    for (const s of deck.slides) {
      s.bodyPortionMarking = payload;
      if (s.layout === 'bluf') for (const j of s.judgments) Object.assign(j, { likelihood: payload, confidenceBasis: payload, portionMarking: payload });
      if (s.layout === 'bullets') {
        for (const b of s.bullets) Object.assign(b, { likelihood: payload, confidenceBasis: payload, portionMarking: payload, kind: payload });
        if (s.background) s.background.portionMarking = payload;
      }
    }
    const html = renderDeckHtml(deck);
    const d = dom(html);
    expect(d.querySelectorAll('img')).toHaveLength(0);
    expect(html).not.toContain('<img');
    expect(d.querySelector('[data-slide-id="b"] .bd-confidence-line')?.textContent).toContain(payload);
    expect(d.querySelector('[data-slide-id="k"] .bd-kind')).toBeNull(); // an unknown kind gets no label and no class
  });
});
