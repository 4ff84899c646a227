import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src-shared/deck';
import { deckToMarkdown, markdownToDeck } from '../../src-shared/markdown';
import { hostileEverywhereDeck } from './hostileEverywhereDeck';

/** BriefDeck's own attribute comments: `<!-- .deck|slide|element: name="value" ... -->`. */
const ATTRIBUTE_COMMENT = /<!-- \.(deck|slide|element): ([^]*?) -->/g;

function judgmentsOf(deck: Deck) {
  return deck.slides.flatMap((s) => (s.layout === 'bluf' ? s.judgments : []));
}

describe('Markdown export of a deck with a hostile payload in every field', () => {
  const deck = hostileEverywhereDeck();
  for (const audience of [false, true]) {
    it(`writes no tag, handler or non-https link outside attribute values${audience ? ' (audience copy)' : ''}`, () => {
      const md = deckToMarkdown(deck, { audience });
      expect(md).toContain('onerror'); // the payloads are there, as text
      const comments = [...md.matchAll(ATTRIBUTE_COMMENT)];
      for (const [, , body] of comments) expect(body).toMatch(/^([a-z-]+="[^"<>]*")( [a-z-]+="[^"<>]*")*$/);
      const rest = md.replace(ATTRIBUTE_COMMENT, '');
      expect(rest).not.toContain('<'); // every `<` of user text is written &lt;: no tag, comment or autolink can form
      expect(rest).not.toMatch(/\]\((?!https:\/\/|mailto:)/); // links only https:/mailto:
      expect(rest).not.toMatch(/!\[/); // no image syntax (reveal.js would load it)
    });
  }

  it('imports every statement field, portion mark, row kind and marking setting as typed, payloads included', () => {
    const back = markdownToDeck(deckToMarkdown(deck)).deck;
    expect(back.slides).toEqual(deck.slides);
    expect(back.marking).toEqual(deck.marking);
    expect(back.tradecraft).toEqual(deck.tradecraft);
    const bullet = deck.slides.flatMap((s) => (s.layout === 'bullets' ? s.bullets : []))[0];
    expect(bullet.confidenceBasis).toContain('<img src=x onerror');
    expect(bullet.portionMarking).toContain('<img src=x onerror');
  });

  it('escapes the key judgment likelihood, and it still imports as typed', () => {
    const md = deckToMarkdown(deck);
    const likelihood = judgmentsOf(deck)[0].likelihood ?? '';
    expect(likelihood).toContain('<img src=x onerror');
    expect(md).not.toContain(likelihood);
    const back = markdownToDeck(md).deck;
    expect(judgmentsOf(back).map((j) => j.likelihood)).toEqual(judgmentsOf(deck).map((j) => j.likelihood));
  });
});
