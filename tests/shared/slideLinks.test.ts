import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import type { Deck, Slide } from '../../src-shared/deck';
import { findSlideLinks, isSlideLinkUrl, resolveSlideLinks, slideLinkId, slideLinkMarkdown } from '../../src-shared/links/slideLinks';
import { isAllowedLinkUrl, renderDeckHtml, renderInline, renderSlideHtml } from '../../src-shared/render';
import { inlineToRuns } from '../../src-shared/markdown/inlineRuns';
import { deckToMarkdown, markdownToDeck } from '../../src-shared/markdown';
import { staticPreflight } from '../../src-shared/export/preflightChecks';
import { resolveExportOptions } from '../../src-shared/export/exportOptions';
import { loadSmallDeck } from './deckFixture';

/** The small deck with a "Back to BLUF" link in the last slide's first bullet (and, optionally, more text). */
function deckWithLink(bullet = 'See [Back to BLUF](#slide:s-bluf) first'): Deck {
  const deck = structuredClone(loadSmallDeck());
  const limits = deck.slides[4] as Extract<Slide, { layout: 'bullets' }>;
  limits.bullets[0] = { ...limits.bullets[0], text: bullet };
  return deck;
}

const HOSTILE = [
  '[x](#slide:"><script>window.__pwned=1</script>)',
  '[x](#slide:a"onmouseover="window.__pwned=1)',
  '[x](#slide:a b)',
  '[x](#slide:)',
  '[x](javascript:window.__pwned=1)',
  '[<img src=x onerror=window.__pwned=1>](#slide:s-bluf)',
  '["><script>window.__pwned=1</script>](#slide:s-bluf)',
];

describe('the slide link form and its policy', () => {
  test('only #slide: with [A-Za-z0-9_-]{1,128} is a slide link', () => {
    expect(slideLinkId('#slide:s-bluf')).toBe('s-bluf');
    expect(slideLinkId(' #slide:s-lz3k9a-1-x7f2qp ')).toBe('s-lz3k9a-1-x7f2qp');
    for (const bad of ['#slide:', '#slide:a b', '#slide:"><script>', '#slide:a/b', `#slide:${'a'.repeat(129)}`, 'slide:a', '#Slide:a', '#/a', 'javascript:a']) {
      expect(isSlideLinkUrl(bad), bad).toBe(false);
    }
    expect(isAllowedLinkUrl('#slide:s-1')).toBe(true);
    expect(isAllowedLinkUrl('#slide:<x>')).toBe(false);
    expect(isAllowedLinkUrl('javascript:alert(1)')).toBe(false);
  });

  test('renderInline writes a slide link bare (no rel) and a web link with rel', () => {
    expect(renderInline('[Back](#slide:s-bluf)')).toBe('<a href="#slide:s-bluf">Back</a>');
    expect(renderInline('[w](https://example.org)')).toContain('rel="noopener noreferrer"');
  });

  test('slideLinkMarkdown escapes brackets and findSlideLinks reads them back', () => {
    const md = slideLinkMarkdown('Annex [A]', 's-bluf');
    expect(md).toBe('[Annex \\[A\\]](#slide:s-bluf)');
    expect(findSlideLinks(`x ${md} y [b](#slide:s-2) [c](https://e.org)`)).toEqual([{ text: 'Annex [A]', slideId: 's-bluf' }, { text: 'b', slideId: 's-2' }]);
    expect(renderInline(md)).toBe('<a href="#slide:s-bluf">Annex [A]</a>');
    expect(() => slideLinkMarkdown('x', 'a"b')).toThrow(RangeError);
  });

  test('resolveSlideLinks points a link at its section and turns a dangling one into text', () => {
    const html = `<p>${renderInline('[a](#slide:s-1) [b](#slide:gone)')}</p>`;
    expect(resolveSlideLinks(html, new Map([['s-1', 'slide-s-1']]))).toBe(
      '<p><a href="#slide-s-1" class="bd-slide-link" data-bd-slide-id="s-1">a</a> <span class="bd-slide-link-dead">b</span></p>',
    );
  });
});

describe('slide links in the rendered deck', () => {
  test('a link is an anchor to the target slide section, in the deck and in one slide rendered alone', () => {
    const deck = deckWithLink();
    const doc = new JSDOM(renderDeckHtml(deck)).window.document;
    const link = doc.querySelector('section[data-slide-id="s-limits"] a.bd-slide-link')!;
    expect(link.textContent).toBe('Back to BLUF');
    const target = doc.getElementById(link.getAttribute('href')!.slice(1))!;
    expect(target.getAttribute('data-slide-id')).toBe('s-bluf');
    expect(link.getAttribute('rel')).toBeNull();
    expect(renderSlideHtml(deck, 4)).toContain('href="#slide-s-bluf" class="bd-slide-link" data-bd-slide-id="s-bluf"');
  });

  test('a link to a missing or hidden-and-left-out slide is plain text, never a broken link', () => {
    const deck = deckWithLink('[Gone](#slide:s-nowhere) and [Hidden](#slide:s-bluf)');
    deck.slides[1].hidden = true;
    const doc = new JSDOM(renderDeckHtml(deck)).window.document;
    const section = doc.querySelector('section[data-slide-id="s-limits"]')!;
    expect(section.querySelectorAll('a').length).toBe(0);
    expect([...section.querySelectorAll('.bd-slide-link-dead')].map((e) => e.textContent)).toEqual(['Gone', 'Hidden']);
    const withHidden = new JSDOM(renderDeckHtml(deck, { includeHidden: true })).window.document;
    expect(withHidden.querySelector('section[data-slide-id="s-limits"] a.bd-slide-link')?.getAttribute('data-bd-slide-id')).toBe('s-bluf');
  });

  test('hostile link texts and targets make no element, attribute or script', () => {
    for (const payload of HOSTILE) {
      const doc = new JSDOM(renderDeckHtml(deckWithLink(payload))).window.document;
      const section = doc.querySelector('section[data-slide-id="s-limits"]')!;
      expect(section.querySelectorAll('script, img, [onmouseover], [onerror]').length, payload).toBe(0);
      for (const a of section.querySelectorAll('a')) {
        expect(a.getAttribute('href'), payload).toMatch(/^#slide-[A-Za-z0-9_-]+$/);
        expect([...a.attributes].map((x) => x.name).sort(), payload).toEqual(['class', 'data-bd-slide-id', 'href']);
      }
    }
  });

  test('PPTX runs keep the slide link target; hostile ones lose the link', () => {
    expect(inlineToRuns('a [b](#slide:s-1)').map((r) => r.href)).toEqual([undefined, '#slide:s-1']);
    expect(inlineToRuns('[b](#slide:"><x>)').every((r) => r.href === undefined)).toBe(true);
  });
});

describe('slide links before export and in Markdown', () => {
  test('a link to a slide id that does not exist is an error naming the slide and the link text', () => {
    const issues = staticPreflight(deckWithLink('[Annex B](#slide:s-annex)'), resolveExportOptions({ format: 'pdf' })).filter((i) => i.kind === 'slide-link');
    expect(issues).toEqual([expect.objectContaining({ kind: 'slide-link', severity: 'error', slideIndex: 4 })]);
    expect(issues[0].message).toMatch(/^Slide 5 “Limits to a Turkish–Iranian ax.*”: the link “Annex B” goes to a slide that is not in the deck/);
    expect(staticPreflight(deckWithLink(), resolveExportOptions({ format: 'pdf' })).filter((i) => i.kind === 'slide-link')).toEqual([]);
  });

  test('a link to a hidden slide left out of the export is a warning', () => {
    const deck = deckWithLink();
    deck.slides[1].hidden = true;
    const issues = staticPreflight(deck, resolveExportOptions({ format: 'pptx' })).filter((i) => i.kind === 'slide-link');
    expect(issues.map((i) => i.severity)).toEqual(['warning']);
  });

  test('a Markdown round trip keeps the link and the target slide id', () => {
    const deck = deckWithLink();
    const md = deckToMarkdown(deck);
    expect(md).toContain('[Back to BLUF](#slide:s-bluf)');
    const { deck: back } = markdownToDeck(md);
    const limits = back.slides.find((s) => s.id === 's-limits') as Extract<Slide, { layout: 'bullets' }>;
    expect(limits.bullets[0].text).toBe('See [Back to BLUF](#slide:s-bluf) first');
    expect(back.slides.some((s) => s.id === 's-bluf')).toBe(true);
  });

  test('Markdown export still breaks a hostile target', () => {
    const md = deckToMarkdown(deckWithLink('[x](#slide:"><script>1</script>)'));
    expect(md).toContain('[x]\\(#slide:');
    expect(md).not.toContain('<script>');
  });
});
