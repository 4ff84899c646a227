import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { DeckSchema, type Deck } from '../../src-shared/deck';
import { buildDeckDocument, renderDeckHtml } from '../../src-shared/render';

/** Payloads that broke similar apps (docs/security.md, "Where user text is shown"), each setting a canary if run. */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload=window.__pwned=1>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<embed src="data:text/html,<script>window.__pwned=1</script>">',
  '<object data="data:text/html,x"></object>',
  '<form action="javascript:window.__pwned=1"><button>go</button></form>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
  '</style><script>window.__pwned=1</script>',
  '</script><script>window.__pwned=1</script>',
  '"><img src=x onerror=window.__pwned=1>',
  "'><svg onload=window.__pwned=1>",
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<a href="javascript:window.__pwned=1">click</a>',
];
const LINKS = [
  '[js](javascript:window.__pwned=1)',
  '[JS](JaVaScRiPt:window.__pwned=1)',
  '[ent](&#106;avascript:window.__pwned=1)',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[file](file:///etc/passwd)',
  '[cmd](command:workbench.action.terminal.new)',
  '[http](http://plain.example)',
  '[vb](vbscript:msgbox)',
  '<javascript:window.__pwned=1>',
  '[ok](https://example.org/ok) [mail](mailto:desk@example.org)',
];
const ALL = [...PAYLOADS, ...LINKS].join(' ');
const p = (i: number) => `${PAYLOADS[i % PAYLOADS.length]} ${LINKS[i % LINKS.length]}`;

function payloadDeck(): Deck {
  const cite = [{ sourceId: p(3), paragraphs: [1] }, { sourceId: 'src', paragraphs: [2] }];
  return DeckSchema.parse({
    schemaVersion: 2,
    title: p(0), subtitle: p(1), author: p(2), date: p(3).slice(0, 40),
    classification: { text: p(4).slice(0, 200), level: 'secret' },
    sources: [{ id: 'src', title: p(5), authors: [p(6), p(7)], publisher: p(8).slice(0, 300), date: p(9).slice(0, 40), url: 'javascript:window.__pwned=1' },
              { id: 'src2', title: 'ok', authors: [], publisher: '', date: '', url: '"><script>window.__pwned=1</script>' }],
    slides: [
      { id: p(10), layout: 'title', title: '', subtitle: '', notes: ALL, portionMarking: p(11).slice(0, 40) },
      { id: 'b', layout: 'bluf', title: p(12), bluf: p(13), judgments: PAYLOADS.map((t, i) => ({ text: `${t} ${LINKS[i % LINKS.length]}`, likelihood: t.slice(0, 100), citations: cite })), citations: cite, notes: p(1) },
      { id: 'l', layout: 'bullets', title: ALL.slice(0, 4000), bullets: [...PAYLOADS, ...LINKS].map((text, i) => ({ text, level: i % 3, citations: [{ sourceId: 'src2', paragraphs: [3] }] })) },
      { id: 'c', layout: 'two-column', title: p(2), left: { heading: p(3), bullets: [{ text: p(4) }] }, right: { heading: p(5), bullets: [{ text: p(6) }] } },
      { id: 't', layout: 'table', title: p(7), columns: PAYLOADS.slice(0, 5), rows: [PAYLOADS.slice(5, 10), LINKS.slice(0, 5), LINKS.slice(5, 10)], caption: p(8) },
      { id: 'tl', layout: 'timeline', title: p(9), entries: PAYLOADS.map((t, i) => ({ date: t.slice(0, 100), event: LINKS[i % LINKS.length] })) },
      { id: 'q', layout: 'quote', title: p(10), quote: `${PAYLOADS.join('\n\n')}\n\n${LINKS.join('\n')}`, attribution: p(11) },
      { id: 's', layout: 'section', title: p(12), subtitle: p(13) },
      { id: 'bg', layout: 'bullets', title: 'bg', background: { src: 'data:image/png;base64,iVBORw0KGgo=', alt: p(0) } },
      { id: 'src-slide', layout: 'sources', title: p(1) },
    ],
  });
}

const FORBIDDEN_ELEMENTS = 'script,img,svg,iframe,embed,object,form,button,noscript,meta,style,link,base,input,video,audio,math,template';

function assertInert(container: Element): void {
  expect(container.querySelectorAll(FORBIDDEN_ELEMENTS)).toHaveLength(0);
  for (const el of container.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.tagName} has ${attr}`).toBe(false);
    const href = el.getAttribute('href');
    if (href !== null) expect(href, `bad link ${href}`).toMatch(/^(https:\/\/|mailto:|#[A-Za-z0-9_-]+$)/);
    for (const a of ['src', 'srcdoc', 'action', 'formaction', 'data', 'style']) expect(el.hasAttribute(a), `${el.tagName}[${a}]`).toBe(false);
  }
}

describe('every user string is escaped (script payloads in every field stay inert text)', () => {
  const deck = payloadDeck();
  const html = renderDeckHtml(deck, { includeHidden: true });
  const doc = new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document;
  const reveal = doc.querySelector('.reveal')!;

  test('no active element, event handler, or non-https/mailto link anywhere in the markup', () => {
    assertInert(reveal);
  });

  test('the only links are the allowed ones and the endnote markers', () => {
    const hrefs = [...reveal.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(new Set(hrefs)).toEqual(new Set(['https://example.org/ok', 'mailto:desk@example.org', '#sources']));
    for (const a of reveal.querySelectorAll('a[href^="https:"]')) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('payloads show as the text the user typed', () => {
    const text = reveal.textContent ?? '';
    for (const payload of PAYLOADS) expect(text).toContain(payload);
    expect(text).toContain('[js](javascript:window.__pwned=1)');
    expect(text).toContain('[file](file:///etc/passwd)');
    expect(text).toContain('[cmd](command:workbench.action.terminal.new)');
    expect(doc.querySelector('aside.notes')?.textContent).toContain('<script>window.__pwned=1</script>');
    expect(doc.querySelector('.bd-banner')?.textContent).toBe(p(4).slice(0, 200));
    expect(doc.querySelector('.bd-portion')?.textContent).toBe(p(11).slice(0, 40));
  });

  test('the slide id cannot break out of attributes (ids are reduced to a safe token)', () => {
    const first = reveal.querySelector('section')!;
    expect(first.id).toMatch(/^slide-[A-Za-z0-9_-]+$/);
    expect(first.getAttribute('data-slide-id')).toBe(p(10));
  });

  test('the whole document (title, metadata, CSP) stays inert too', () => {
    const page = buildDeckDocument(deck, {
      mode: 'present',
      includeHidden: true,
      assets: { revealJs: 'var Reveal={initialize(){}}', revealCss: '', resetCss: '', fontCss: '' },
    });
    const full = new JSDOM(page).window.document;
    expect(full.title).toBe(deck.title);
    expect(full.querySelectorAll('script')).toHaveLength(2);
    expect(full.querySelector('meta[name=author]')?.getAttribute('content')).toBe(deck.author);
    expect(full.querySelectorAll('meta[http-equiv]')).toHaveLength(1);
    expect(full.querySelector('meta[http-equiv]')?.getAttribute('content')).toMatch(/^default-src 'none'; script-src 'sha256-/);
    assertInert(full.querySelector('.reveal')!);
  });
});
