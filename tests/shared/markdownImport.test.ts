// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SlideOf } from '../../src-shared/deck';
import { markdownToDeck } from '../../src-shared/markdown';
import { renderDeckHtml } from '../../src-shared/render';

const fixture = (name: string): string => readFileSync(`tests/fixtures/markdown/${name}`, 'utf8');

describe('markdownToDeck on decks written for reveal.js', () => {
  it('imports a reveal.js talk as editable slides: titles, bullet levels, fragments, notes, vertical slides, table, quote, hidden', () => {
    const { deck, warnings } = markdownToDeck(fixture('reveal-talk.md'));
    expect(deck.title).toBe('Regional Security Outlook');
    expect(deck.slides.map((s) => [s.layout, s.title])).toEqual([
      ['title', 'Regional Security Outlook'],
      ['bullets', 'Agenda'],
      ['bullets', 'Drivers of alignment'],
      ['bullets', 'Drivers: the detail'],
      ['table', 'Who backs whom'],
      ['quote', ''],
      ['bullets', 'Code we used'],
      ['bullets', 'Backup: sanctions detail'],
      ['section', 'Questions'],
    ]);
    const agenda = deck.slides[1] as SlideOf<'bullets'>;
    expect(agenda.bullets.map((b) => b.fragment)).toEqual([false, true, true]);
    const drivers = deck.slides[2] as SlideOf<'bullets'>;
    expect(drivers.bullets.map((b) => b.level)).toEqual([0, 1, 1, 2, 0, 1]);
    expect(drivers.notes).toBe('Lean on the second point: it is what the desk asked about.');
    expect(deck.slides[3].notes).toBe('Vertical slide — only if there is time.');
    const table = deck.slides[4] as SlideOf<'table'>;
    expect(table.columns).toEqual(['Actor', 'Turkey', 'Iran']);
    expect(table.rows).toEqual([['Hamas', 'political support', 'arms and money'], ['Assad', 'opposed', 'backed']]);
    const quote = deck.slides[5] as SlideOf<'quote'>;
    expect([quote.quote, quote.attribution]).toEqual(['Neither capital wants a war it cannot control.', 'Regional analyst, interview, November 2023']);
    expect(deck.slides[7].hidden).toBe(true);
    expect(warnings).toEqual([
      { slide: 7, message: 'image "Map of the region" (images/map.png) was not imported: its Markdown reference is kept as text' }, { slide: 7, message: 'a code block was imported as plain bullets' },
      { slide: 2, message: 'fragment styles (fade-up) are shown as plain fragments' },
      { slide: 3, message: 'the reveal.js slide attribute data-background-color is not kept (BriefDeck themes set how slides look)' },
    ]);
  });

  it('reads front matter metadata and right-to-left Persian text, and spots a dated list as a timeline', () => {
    const { deck } = markdownToDeck(fixture('persian-brief.md'));
    expect([deck.title, deck.author, deck.language, deck.direction]).toEqual(['ترکیه و ایران پس از ۷ اکتبر', 'واحد تحلیل منطقه‌ای', 'fa', 'rtl']);
    expect((deck.slides[1] as SlideOf<'bullets'>).bullets.map((b) => b.level)).toEqual([0, 1, 1, 0]);
    const timeline = deck.slides[2] as SlideOf<'timeline'>;
    expect(timeline.layout).toBe('timeline');
    expect(timeline.entries.map((e) => e.date)).toEqual(['۲۰۲۳-۱۰-۰۷', '۲۰۲۳-۱۰-۲۸']);
  });

  it('takes the first heading as the title when the file names no deck title, the title option only without one', () => {
    const { deck } = markdownToDeck('## Only slide\n\n- one\n', { title: 'notes.md' });
    expect(deck.title).toBe('Only slide');
    expect(deck.slides).toHaveLength(1);
    expect(markdownToDeck('- one\n', { title: 'notes.md' }).deck.title).toBe('notes.md');
  });

  it('keeps a hostile deck as inert text: rendered, it has no script, no event handler, no javascript: link, no remote load', () => {
    const { deck, warnings } = markdownToDeck(fixture('hostile.md'));
    expect(deck.slides.map((s) => s.layout)).toEqual(['title', 'bullets', 'table', 'quote']);
    expect(deck.slides[1].background).toBeUndefined();
    expect(warnings.map((w) => w.message)).toContain('the background image was not imported: only embedded data:image (PNG, JPEG, WebP, GIF) URLs under 2 MiB are allowed');
    expect(deck.theme).toBe('briefing-light');

    const html = renderDeckHtml(deck);
    expect(html).not.toMatch(/<script/i);
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
    const elements = [...doc.body.querySelectorAll('*')];
    const tags = new Set(elements.map((e) => e.tagName.toLowerCase()));
    for (const bad of ['script', 'img', 'svg', 'iframe', 'object', 'embed', 'meta', 'form', 'style', 'noscript', 'link', 'base']) expect(tags.has(bad), bad).toBe(false);
    for (const el of elements) {
      for (const attr of [...el.attributes]) {
        expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
        if (['href', 'src', 'action', 'data', 'srcdoc', 'formaction'].includes(attr.name)) expect(attr.value, `${el.tagName} ${attr.name}`).toMatch(/^(https:\/\/|mailto:|#)/);
      }
    }
    expect([...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))).toContain('https://example.org/report');
    // The payloads are still there, as the text the author typed.
    expect(doc.body.textContent).toContain('<script>window.__pwned=1</script>');
    expect(doc.body.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
