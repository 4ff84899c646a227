import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../src-shared/tradecraft';
import { blufWith, cite, deckWith, findingKeys, GOOD_JUDGMENT, MAP, PARAGRAPH_TWO } from './tradecraftFixture';

const bullet = (text: string, citations: object[], kind: string | undefined = 'reporting') =>
  deckWith([{ id: 's', layout: 'bullets', title: 'T', bullets: [{ text, citations, ...(kind ? { kind } : {}) }] } as never]);

describe('sourcing and source stance (ICD 203 §D.6.e(1), (3); ICD 206)', () => {
  it('reporting needs a citation: its own or its slide', () => {
    expect(findingKeys(bullet('The port handled record grain.', []))).toEqual(['reporting-uncited@0:bullets[0]']);
    expect(findingKeys(bullet('The port handled record grain.', cite('arg.asserted')))).toEqual([]);
  });

  it('a citation of a source the deck does not list', () => {
    expect(findingKeys(bullet('The port handled record grain.', [{ sourceId: 'nosuch', paragraphs: [1] }]))).toEqual(['citation-unknown-source@0:bullets[0]']);
  });

  it("a hedged claim keeps a hedge; the source's own or another", () => {
    expect(findingKeys(bullet('The ministry will court both capitals.', cite('arg.hedged', 2)))).toEqual(['hedge-dropped@0:bullets[0]']);
    expect(findingKeys(bullet('The ministry may court both capitals.', cite('arg.hedged', 2)))).toEqual([]);
    expect(findingKeys(bullet('The ministry will court both capitals.', cite('arg.hedged', 2), undefined))).toEqual(['hedge-dropped@0:bullets[0]']);
  });

  it("an attributed view stays attributed", () => {
    expect(findingKeys(bullet('The port is a threat to the capital.', cite('arg.attributed', 3)))).toEqual(['attribution-dropped@0:bullets[0]']);
    expect(findingKeys(bullet('The capital sees the port as a threat.', cite('arg.attributed', 3)))).toEqual([]);
  });

  it('a judgment "likely" or firmer that rests only on hedged claims', () => {
    const deck = (likelihood: string) => deckWith([blufWith([{ ...GOOD_JUDGMENT, likelihood, citations: cite('arg.hedged', 2) }])]);
    expect(findingKeys(deck('likely'))).toEqual(['judgment-firmer-than-source@0:judgments[0]']);
    expect(findingKeys(deck('roughly even chance'))).toEqual([]);
  });

  it('hedges read from the text of an imported source when no stance is recorded', () => {
    const sources = [{ id: 'imp', title: 'Imported', authors: [], date: '2024', paragraphs: [{ n: 1, text: 'Officials say the talks might resume in spring.' }] }];
    const deck = (text: string) => deckWith([{ id: 's', layout: 'bullets', title: 'T', bullets: [{ text, kind: 'reporting', citations: [{ sourceId: 'imp', paragraphs: [1] }] }] }], { sources });
    expect(findingKeys(deck('Talks resume in spring.'))).toEqual(['hedge-dropped@0:bullets[0]']);
    expect(findingKeys(deck('Talks might resume in spring.'))).toEqual([]);
  });

  it('eight consecutive words of a cited source outside quotation marks; quoted or seven words pass', () => {
    const eight = 'We learnt that the northern port handled more grain in the spring.';
    expect(findingKeys(bullet(eight, cite('arg.asserted')))).toEqual(['copied-run@0:bullets[0]']);
    const found = checkDeck(bullet(eight, cite('arg.asserted')), { argumentMaps: [MAP] })[0];
    expect(found.message).toMatch(/9 consecutive words of src-a .*“the northern port handled more grain in the spring”/);
    expect(findingKeys(bullet('We learnt that “the northern port handled more grain in the spring”.', cite('arg.asserted')))).toEqual([]);
    expect(findingKeys(bullet('A northern port handled more grain in autumn.', cite('arg.asserted')))).toEqual([]);
  });

  it('copied runs are found in speaker notes and from the text of an imported source too', () => {
    const notes = deckWith([{ id: 's', layout: 'bullets', title: 'T', notes: `Say: ${PARAGRAPH_TWO}`, bullets: [{ text: 'The ministry may court both.', kind: 'reporting', citations: cite('arg.hedged', 2) }] }]);
    expect(findingKeys(notes)).toEqual(['copied-run@0:notes']);
    const sources = [{ id: 'imp', title: 'Imported', authors: [], date: '2024', paragraphs: [{ n: 1, text: 'The committee will meet again after the harvest festival ends next year.' }] }];
    const deck = deckWith([{ id: 's', layout: 'bullets', title: 'T', bullets: [{ text: 'The committee will meet again after the harvest festival ends.', kind: 'reporting', citations: [{ sourceId: 'imp', paragraphs: [1] }] }] }], { sources });
    expect(findingKeys(deck)).toEqual(['copied-run@0:bullets[0]']);
  });
});
