import { describe, expect, it } from 'vitest';
import { DeckSchema } from '../../src-shared/deck';
import { checkDeck } from '../../src-shared/tradecraft';
import { fieldTargets } from '../../src-renderer/tradecraft/fieldTargets';
import { groupFindings } from '../../src-renderer/tradecraft/findingGroups';

describe('where a finding jumps', () => {
  it('a marking finding goes to the portion’s mark: its own, the title’s, the body’s or the picture’s', () => {
    expect(fieldTargets({ rule: 'portion-unmarked', slideId: 's', field: 'left.bullets[2]' })).toEqual(['left.bullets[2].portionMarking', 'left.bullets[2]', 'title']);
    expect(fieldTargets({ rule: 'portion-invalid', slideId: 's', field: 'title' })).toEqual(['title.portionMarking', 'title']);
    expect(fieldTargets({ rule: 'portion-unmarked', slideId: 's', field: 'rows[0]' })[0]).toBe('bodyPortionMarking');
    expect(fieldTargets({ rule: 'portion-unmarked', slideId: 's', field: 'bluf' })[0]).toBe('bodyPortionMarking');
    expect(fieldTargets({ rule: 'portion-unmarked', slideId: 's', field: 'map' })[0]).toBe('bodyPortionMarking');
    expect(fieldTargets({ rule: 'portion-unmarked', slideId: 's', field: 'background' })[0]).toBe('background.portionMarking');
  });

  it('a judgment-field finding goes to that field, any other to the statement’s text; a deck-wide one has no input', () => {
    expect(fieldTargets({ rule: 'judgment-no-likelihood', slideId: 's', field: 'judgments[1]' })).toEqual(['judgments[1].likelihood', 'judgments[1]', 'title']);
    expect(fieldTargets({ rule: 'confidence-no-basis', slideId: 's', field: 'entries[0]' })[0]).toBe('entries[0].confidenceBasis');
    expect(fieldTargets({ rule: 'vague-hedge', slideId: 's', field: 'judgments[0]' })).toEqual(['judgments[0]', 'title']);
    expect(fieldTargets({ rule: 'banner-below-portions', slideId: '', field: '' })).toEqual([]);
  });

  it('groups a deck’s findings by slide, deck-wide first, with the slide’s number and title', () => {
    const deck = DeckSchema.parse({
      schemaVersion: 2,
      title: 'D',
      classification: { text: 'UNCLASSIFIED', level: 'unclassified' },
      marking: { scheme: 'capco' },
      slides: [
        { id: 'a', layout: 'bullets', title: 'Drivers', portionMarking: '(S)', bullets: [{ text: 'Ankara may side with Tehran.', kind: 'judgment' }] },
        { id: 'b', layout: 'bullets', title: 'Limits', portionMarking: '(U)', bullets: [{ text: 'NATO membership', portionMarking: '(U)' }] },
      ],
    });
    const groups = groupFindings(deck, checkDeck(deck, { argumentMaps: [] }));
    expect(groups.map((g) => g.heading)).toEqual(['Whole deck', 'Slide 1: Drivers']);
    expect(groups[0].findings.map((f) => f.rule)).toContain('banner-below-portions');
    expect(groups[1].findings.map((f) => `${f.rule} ${f.field}`)).toEqual(expect.arrayContaining(['vague-hedge bullets[0]', 'portion-unmarked bullets[0]']));
  });
});
