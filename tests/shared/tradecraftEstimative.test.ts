import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../src-shared/tradecraft';
import { blufWith, cite, deckWith, findingKeys, GOOD_JUDGMENT, MAP } from './tradecraftFixture';

const only = (judgment: object, extra = {}) => findingKeys(deckWith([blufWith([judgment])], extra));

describe('estimative language (ICD 203 §D.6.e(2)(a), PHIA)', () => {
  it('a judgment with a likelihood, a confidence and its basis, and citations passes', () => {
    expect(only(GOOD_JUDGMENT)).toEqual([]);
  });

  it('vague hedge: flagged in a judgment with no likelihood, not once a likelihood is stated', () => {
    expect(only({ ...GOOD_JUDGMENT, likelihood: undefined, text: 'Trade might fall.' })).toEqual(['vague-hedge@0:judgments[0]', 'judgment-no-likelihood@0:judgments[0]']);
    expect(only({ ...GOOD_JUDGMENT, likelihood: undefined, text: 'We cannot rule out a fall in trade.' })).toContain('vague-hedge@0:judgments[0]');
    expect(only({ ...GOOD_JUDGMENT, text: 'Trade might fall.' })).toEqual([]);
  });

  it('a likelihood word in the text that disagrees with the judgment likelihood', () => {
    expect(only({ ...GOOD_JUDGMENT, text: 'A fall in trade is very unlikely.' })).toEqual(['likelihood-mismatch@0:judgments[0]']);
    expect(only({ ...GOOD_JUDGMENT, text: 'A fall in trade is likely.' })).toEqual([]);
    // Same band, other row: no mismatch, but the deck now mixes the two rows.
    expect(only({ ...GOOD_JUDGMENT, likelihood: 'probable', text: 'A fall in trade is likely.' })).toEqual(['mixed-term-rows@deck']);
  });

  it('a likelihood that is not on the chosen yardstick, in the field or in the text', () => {
    expect(only({ ...GOOD_JUDGMENT, likelihood: 'realistic possibility' })).toEqual(['likelihood-off-yardstick@0:judgments[0]']);
    expect(only({ ...GOOD_JUDGMENT, likelihood: 'realistic possibility' }, { tradecraft: { yardstick: 'phia' } })).toEqual([]);
    expect(only({ ...GOOD_JUDGMENT, text: 'Trade will probably hold.' })).toEqual(['likelihood-word-off-yardstick@0:judgments[0]']);
    expect(only({ ...GOOD_JUDGMENT, likelihood: 'roughly even chance' }, { tradecraft: { yardstick: 'phia' } })).toEqual(['likelihood-off-yardstick@0:judgments[0]']);
    const deck = deckWith([blufWith([{ ...GOOD_JUDGMENT, likelihood: 'almost-certain' }])]);
    expect(checkDeck(deck, { argumentMaps: [MAP] })[0].message).toMatch(/use one of: almost no chance, very unlikely, .*almost certain\)/);
  });

  it('an adverb form of a term is that term: "almost certainly" agrees with "almost certain"', () => {
    expect(only({ ...GOOD_JUDGMENT, likelihood: 'almost certain', text: 'Tehran will almost certainly keep its route open.' })).toEqual([]);
    expect(only({ ...GOOD_JUDGMENT, likelihood: 'likely', text: 'Tehran will almost certainly keep its route open.' })).toEqual(['likelihood-mismatch@0:judgments[0]']);
  });

  it('terms from both ICD 203 rows in one deck need a note', () => {
    const deck = (extra = {}) => deckWith([blufWith([GOOD_JUDGMENT, { ...GOOD_JUDGMENT, likelihood: 'highly improbable' }])], extra);
    expect(findingKeys(deck())).toEqual(['mixed-term-rows@deck']);
    expect(findingKeys(deck({ tradecraft: { mixedTermsNote: 'Both ICD 203 rows are used; they are equivalent.' } }))).toEqual([]);
    expect(findingKeys(deckWith([blufWith([GOOD_JUDGMENT, { ...GOOD_JUDGMENT, likelihood: 'very unlikely' }])]))).toEqual([]);
  });

  it('confidence and likelihood in one sentence, in any statement; apart in two sentences is fine', () => {
    expect(only({ ...GOOD_JUDGMENT, text: 'We judge with moderate confidence that trade is likely to hold.' })).toEqual(['confidence-with-likelihood@0:judgments[0]']);
    const bullets = (text: string) => findingKeys(deckWith([{ id: 's', layout: 'bullets', title: 'T', bullets: [{ text, citations: cite('arg.asserted') }] }]));
    expect(bullets('High confidence: the port is likely to stay open.')).toEqual(['confidence-with-likelihood@0:bullets[0]']);
    expect(bullets('The port is likely to stay open. We hold this with high confidence.')).toEqual([]);
  });

  it('a judgment with no likelihood, no confidence, no basis or no citation', () => {
    expect(only({ text: 'Trade will hold.' })).toEqual(['judgment-no-likelihood@0:judgments[0]', 'judgment-no-confidence@0:judgments[0]', 'judgment-uncited@0:judgments[0]']);
    expect(only({ ...GOOD_JUDGMENT, confidenceBasis: undefined })).toEqual(['confidence-no-basis@0:judgments[0]']);
    expect(only({ ...GOOD_JUDGMENT, citations: [] })).toEqual(['judgment-uncited@0:judgments[0]']);
  });

  it('a bullet marked as a judgment is checked like a key judgment; a reporting bullet is not', () => {
    const deck = deckWith([{ id: 's', layout: 'bullets', title: 'T', bullets: [{ text: 'Trade could fall.', kind: 'judgment' }, { text: 'Trade could fall.', kind: 'reporting', citations: cite('arg.hedged', 2) }] }]);
    expect(findingKeys(deck)).toEqual(['vague-hedge@0:bullets[0]', 'judgment-no-likelihood@0:bullets[0]', 'judgment-no-confidence@0:bullets[0]', 'judgment-uncited@0:bullets[0]']);
  });

  it('high confidence on a single source or a single paragraph', () => {
    expect(only({ ...GOOD_JUDGMENT, confidence: 'high' })).toEqual(['high-confidence-thin-basis@0:judgments[0]']);
    const twoSources = {
      ...GOOD_JUDGMENT,
      confidence: 'high',
      citations: [...cite('arg.asserted', 1), { sourceId: 'src-b', paragraphs: [4] }],
    };
    const deck = deckWith([blufWith([twoSources])], { sources: [{ id: 'src-a', title: 'A', authors: [], date: '2024' }, { id: 'src-b', title: 'B', authors: [], date: '2024' }] });
    expect(findingKeys(deck)).toEqual([]);
  });
});
