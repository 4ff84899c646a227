import { describe, expect, it } from 'vitest';
import { deckToMarkdown, markdownToDeck } from '../../src-shared/markdown';
import { TRICKY_TEXTS, trickyDeck as deckWith } from './trickyTexts';

describe('text survives Markdown export and import exactly', () => {
  for (const text of TRICKY_TEXTS) {
    it(`in every field: ${text.slice(0, 50)}`, () => {
      const deck = deckWith([text]);
      const { deck: back } = markdownToDeck(deckToMarkdown(deck));
      expect(back.slides).toEqual(deck.slides);
    });
  }

  it('all of them together, and a second round trip gives the same Markdown', () => {
    const deck = deckWith(TRICKY_TEXTS);
    const md = deckToMarkdown(deck);
    const { deck: back } = markdownToDeck(md);
    expect(back.slides).toEqual(deck.slides);
    expect(deckToMarkdown(back)).toBe(md);
  });

  it('a foreign file\'s entities read as the characters they show: &lt;script&gt; is "<script>", not "<script&gt;"', () => {
    const { deck } = markdownToDeck('## &lt;script&gt; &amp; co\n\n- &lt;b&gt;bold?&lt;/b&gt;');
    expect(deck.slides[0].title).toBe('<script> & co');
    expect(deck.slides[0]).toMatchObject({ bullets: [{ text: '<b>bold?</b>' }] });
  });
});
