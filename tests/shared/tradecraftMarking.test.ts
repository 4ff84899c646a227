import { describe, expect, it } from 'vitest';
import { bannerFor, checkDeck, effectiveBanner, parseClassificationMark, parseTlpLabel } from '../../src-shared/tradecraft';
import type { Deck } from '../../src-shared/deck';
import { cite, deckWith, findingKeys, MAP } from './tradecraftFixture';

const marked = (marks: { title?: string; bullets: (string | undefined)[] }, extra: object = {}) =>
  deckWith(
    [{ id: 's', layout: 'bullets', title: 'Port', portionMarking: marks.title, bullets: marks.bullets.map((m) => ({ text: 'The port handled record grain.', kind: 'reporting', citations: cite('arg.asserted'), portionMarking: m })) }],
    { marking: { scheme: 'capco' }, classification: { text: 'UNCLASSIFIED', level: 'unclassified' }, ...extra },
  );

/** The deck with a marked title slide added after its slides (the authority block prints on the title slide). */
const withTitleSlide = (deck: Deck): Deck => ({
  ...deck,
  slides: [...deck.slides, { id: 'cover', layout: 'title', title: 'Brief', subtitle: '', portionMarking: '(U)', notes: '', citations: [], argumentIds: [], hidden: false }],
});

describe('portion marks and banner (ICD 710 / CAPCO; TLP 2.0)', () => {
  it('parses portion marks and TLP labels', () => {
    expect(parseClassificationMark('(U)')).toMatchObject({ level: 'unclassified', controls: [] });
    expect(parseClassificationMark('(S//NF)')).toMatchObject({ level: 'secret', controls: ['NOFORN'] });
    expect(parseClassificationMark('(TS//SCI//REL TO USA, GBR)')).toMatchObject({ level: 'top-secret', controls: ['SCI', 'REL TO USA, GBR'] });
    expect(parseClassificationMark('U')).toBeUndefined();
    expect(parseClassificationMark('(X)')).toBeUndefined();
    expect(parseTlpLabel('tlp:amber+strict')).toBe('TLP:AMBER+STRICT');
    expect(parseTlpLabel('TLP:WHITE')).toBeUndefined();
  });

  it('the banner is the highest level with the union of the controls, SCI before dissemination controls', () => {
    const marks = ['(U)', '(S//NF)', '(C//OC)'].map((m) => parseClassificationMark(m)!);
    expect(bannerFor(marks)).toEqual({ text: 'SECRET//NOFORN/ORCON', level: 'secret' });
    expect(bannerFor(['(TS//SCI//NF)', '(S)'].map((m) => parseClassificationMark(m)!))).toEqual({ text: 'TOP SECRET//SCI//NOFORN', level: 'top-secret' });
  });

  it('every portion of a marked deck is marked; unmarked and unreadable marks are errors', () => {
    expect(findingKeys(marked({ title: '(U)', bullets: ['(U)'] }))).toEqual([]);
    expect(findingKeys(marked({ bullets: [undefined, 'U'] }))).toEqual(['portion-unmarked@0:title', 'portion-unmarked@0:bullets[0]', 'portion-invalid@0:bullets[1]']);
    const f = checkDeck(marked({ bullets: [undefined] }), { argumentMaps: [MAP] });
    expect(f.every((x) => x.severity === 'error')).toBe(true);
    expect(findingKeys(deckWith([{ id: 's', layout: 'bullets', title: 'Port', bullets: [{ text: 'x', kind: 'reporting', citations: cite('arg.asserted') }] }]))).toEqual([]);
  });

  it('a typed banner lower than a portion, or without its controls, is an error; the printed banner is computed', () => {
    const deck = withTitleSlide(marked({ title: '(U)', bullets: ['(S//NF)'] }, { marking: { scheme: 'capco', authority: { classifiedBy: 'A', derivedFrom: 'B', declassifyOn: '20501231' } } }));
    expect(findingKeys(deck)).toEqual(['banner-below-portions@deck', 'banner-below-portions@deck']);
    expect(effectiveBanner(deck)).toEqual({ text: 'SECRET//NOFORN', level: 'secret' });
    const typed = { ...deck, classification: { text: 'SECRET//NOFORN // FOR TRAINING', level: 'secret' as const } };
    expect(findingKeys(typed)).toEqual([]);
    expect(effectiveBanner(typed).text).toBe('SECRET//NOFORN // FOR TRAINING');
  });

  it('a classified deck needs a title slide to carry its authority block', () => {
    const authority = { classifiedBy: 'Analyst 7', derivedFrom: 'Guide 1', declassifyOn: '20501231' };
    const deck = marked({ title: '(U)', bullets: ['(C)'] }, { classification: { text: 'CONFIDENTIAL', level: 'confidential' }, marking: { scheme: 'capco', authority } });
    expect(findingKeys(deck)).toEqual(['authority-block-missing@deck']);
    expect(checkDeck(deck, { argumentMaps: [MAP] })[0].message).toMatch(/no title slide/);
    const withTitle = { ...deck, slides: [{ id: 't', layout: 'title' as const, title: 'Brief', subtitle: '', portionMarking: '(U)', notes: '', citations: [], argumentIds: [], hidden: false }, ...deck.slides] };
    expect(findingKeys(withTitle)).toEqual([]);
  });

  it('marking errors cannot be acknowledged: they stay open and export still refuses', () => {
    const deck = marked({ title: '(U)', bullets: [undefined] }, { tradecraft: { acknowledgements: [{ rule: 'portion-unmarked', slideId: 's', field: 'bullets[0]', reason: 'Marked later.' }] } });
    const [f] = checkDeck(deck, { argumentMaps: [MAP] });
    expect(f.rule).toBe('portion-unmarked');
    expect(f.acknowledged).toBeUndefined();
  });

  it('a classified deck carries its authority block', () => {
    const deck = withTitleSlide(marked({ title: '(U)', bullets: ['(C)'] }, { classification: { text: 'CONFIDENTIAL', level: 'confidential' } }));
    expect(findingKeys(deck)).toEqual(['authority-block-missing@deck']);
    const withBlock = { ...deck, marking: { scheme: 'capco' as const, authority: { classifiedBy: 'Analyst 7', derivedFrom: 'Guide 1', declassifyOn: '20501231' } } };
    expect(findingKeys(withBlock)).toEqual([]);
  });

  it('a TLP deck whose banner was never typed prints the computed label, with no finding; sources name TLP 2.0', () => {
    const deck = marked({ title: 'TLP:CLEAR', bullets: ['TLP:AMBER+STRICT'] }, { marking: { scheme: 'tlp' }, classification: undefined });
    expect(deck.classification.text).toBe('UNCLASSIFIED');
    expect(findingKeys(deck)).toEqual([]);
    expect(effectiveBanner(deck)).toEqual({ text: 'TLP:AMBER+STRICT', level: 'none', tlp: 'TLP:AMBER+STRICT' });
    const low = marked({ title: 'TLP:CLEAR', bullets: [undefined] }, { marking: { scheme: 'tlp' } });
    expect(checkDeck(low, { argumentMaps: [MAP] }).map((f) => f.source)).toEqual(['FIRST TLP 2.0']);
  });

  it('TLP decks: labels as portion marks, the most restrictive labels the banner', () => {
    const deck = marked({ title: 'TLP:CLEAR', bullets: ['TLP:AMBER', '(U)'] }, { marking: { scheme: 'tlp' }, classification: { text: 'TLP:GREEN', level: 'none' } });
    expect(findingKeys(deck)).toEqual(['banner-below-portions@deck', 'portion-invalid@0:bullets[1]']);
    expect(effectiveBanner(deck)).toEqual({ text: 'TLP:AMBER', level: 'none', tlp: 'TLP:AMBER' });
  });

  it('an acknowledged warning stays listed with its reason and stops counting', () => {
    const deck = deckWith([{ id: 's', layout: 'bullets', title: 'T', bullets: [{ text: 'The port handled record grain.', kind: 'reporting' }] }], {
      tradecraft: { acknowledgements: [{ rule: 'reporting-uncited', slideId: 's', field: 'bullets[0]', reason: 'Cited orally.' }] },
    });
    const [f] = checkDeck(deck, { argumentMaps: [MAP] });
    expect(f).toMatchObject({ rule: 'reporting-uncited', acknowledged: { reason: 'Cited orally.' } });
  });
});
