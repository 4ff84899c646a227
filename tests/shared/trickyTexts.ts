import { DeckSchema, type Deck } from '../../src-shared/deck';

/** Text an analyst types that Markdown, HTML or an autolinker would read as something else. */
export const TRICKY_TEXTS = [
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<script>alert(1)</script>',
  'AT&T and R&D; &amp; &quot;quoted&quot; &#39;single&#39; &#x27;hex&#x27; &nbsp; &copy;',
  'a < b && c > d, 1 <2> 3',
  'C:\\Users\\analyst\\brief and \\*not emphasis\\* and \\\\ double',
  'a ]\\( b and !\\[c] and \\![kept]',
  '*star* _under_ **bold** __bold__ snake_case_name 2*3*4',
  '`code <b>&lt;</b>` and ``a ` b`` and ` https://in.code `',
  '<!-- a comment --> and <!-- .element: class="fragment" --> and -->',
  'bare http://example.org/a?b=1&c=2 and https://example.org/x_(y) and ftp://files.example.org',
  'www.example.org and analyst@example.org and mailto:desk@example.org',
  '[kept link](https://example.org/report) and [mail](mailto:desk@example.org) and <https://example.org/auto>',
  '[not kept](http://example.org) and [js](javascript:alert(1)) and <http://example.org/old>',
  '&#58; &#46; &#64; &#92; typed entities',
];

/** A deck with `texts` in every kind of text field: bullets, notes, titles, subtitles, table cells, a quote. */
export function trickyDeck(texts: readonly string[]): Deck {
  return DeckSchema.parse({
    schemaVersion: 2,
    title: 'Tricky',
    slides: [
      { id: 'b', layout: 'bullets', title: 'Bullets', bullets: texts.map((text) => ({ text, level: 0 })), notes: texts.join('\n') },
      ...texts.map((t, i) => ({ id: `s${i}`, layout: 'section', title: t, subtitle: t })),
      { id: 't', layout: 'table', title: 'Cells', columns: ['Text'], rows: texts.map((t) => [t]) },
      { id: 'q', layout: 'quote', title: 'Quote', quote: texts.join('\n'), attribution: texts[0] },
    ],
  });
}

