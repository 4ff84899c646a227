import { describe, expect, it } from 'vitest';
import { issueVersion } from '../../src-shared/commands';
import { DeckSchema, type Deck, type SlideOf } from '../../src-shared/deck';
import { deckToMarkdown, markdownToDeck } from '../../src-shared/markdown';
import { renderDeckHtml } from '../../src-shared/render';
import { whatChanged } from '../../src-shared/versions';
import { briefingV1, copyDeck } from './versionDecks';

const ISSUE = { date: '2026-11-02', author: 'Analyst A', reasons: {} };

/** The briefing with a "what changed" slide after the BLUF. */
function withChangesSlide(): Deck {
  const deck = briefingV1();
  deck.slides.splice(2, 0, DeckSchema.shape.slides.element.parse({ id: 'wc', layout: 'changes', title: 'What changed' }));
  return deck;
}

/** v1, then two judgments moved with reasons, a source added, and v2 issued. */
function issuedTwice(): Deck {
  const deck = withChangesSlide();
  (deck.slides[1] as SlideOf<'bluf'>).judgments[0].portionMarking = '(U)';
  const v1 = issueVersion(deck, { ...ISSUE, label: 'v1' });
  const next = copyDeck(v1);
  const bluf = next.slides[1] as SlideOf<'bluf'>;
  bluf.judgments[0].likelihood = 'unlikely';
  bluf.judgments[1].confidence = 'low';
  next.sources.push({ id: 'src-b', title: 'Insurance <market> note', authors: [], publisher: '', date: '2026-11', url: '' });
  return issueVersion(next, {
    ...ISSUE,
    label: 'v2',
    date: '2026-12-01',
    reasons: { 's2 judgments[0]': 'The regulator capped premiums.', 's2 judgments[1]': 'Only one port report since October.' },
  });
}

function changesSection(html: string): string {
  const m = /<section[^>]*data-layout="changes"[^>]*>[\s\S]*?<\/section>/.exec(html);
  if (!m) throw new Error('no changes section');
  return m[0];
}

describe('the "what changed" slide', () => {
  it('says so when the deck has no earlier version, never an empty slide', () => {
    expect(whatChanged(withChangesSlide()).empty).toMatch(/not been issued yet/);
    expect(changesSection(renderDeckHtml(withChangesSlide()))).toContain('there is no earlier version to compare with');
    const v1 = issueVersion(withChangesSlide(), { ...ISSUE, label: 'v1' });
    expect(changesSection(renderDeckHtml(v1))).toContain('v1 is the first issued version');
  });

  it('lists each moved judgment from what to what with its reason, and the sources added, escaped', () => {
    const html = changesSection(renderDeckHtml(issuedTwice()));
    expect(html).toContain('v2 (2026-12-01), since v1');
    expect(html).toContain('<span class="bd-changes-text"><span class="bd-portion">(U)</span> Insurers will raise war-risk premiums this quarter.</span>');
    expect(html).toMatch(/<del class="bd-changes-from">likely, moderate confidence<\/del> → <ins class="bd-changes-to">unlikely, moderate confidence<\/ins>/);
    expect(html).toContain('The regulator capped premiums.');
    expect(html).toMatch(/very unlikely, high confidence<\/del> → <ins class="bd-changes-to">very unlikely, low confidence/);
    expect(html).toContain('Insurance &lt;market&gt; note');
    expect(html).not.toContain('<market>');
    expect(html.match(/bd-changes-judgment/g)).toHaveLength(2);
  });

  it('exports to Markdown as text and imports back as the generated layout without warnings', () => {
    const deck = issuedTwice();
    const md = deckToMarkdown(deck);
    expect(md).toContain('- (U) Insurers will raise war-risk premiums this quarter.: likely, moderate confidence → unlikely, moderate confidence. Why: The regulator capped premiums.');
    expect(md).toContain('Sources added:');
    const back = markdownToDeck(md);
    expect(back.warnings).toEqual([]);
    expect(back.deck.slides[2]).toMatchObject({ id: 'wc', layout: 'changes', title: 'What changed' });
    expect(whatChanged(back.deck)).toEqual(whatChanged(deck));
  });
});
