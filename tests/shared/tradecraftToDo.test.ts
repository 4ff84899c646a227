import { describe, expect, it } from 'vitest';
import { isToDo } from '../../src-shared/deck';
import { RULES } from '../../src-shared/tradecraft';
import { deckWith, findingKeys } from './tradecraftFixture';

const placeholder = 'To do: a sign we would see if talks resume';
const bullets = (...items: object[]) => deckWith([{ id: 's', layout: 'bullets', title: 'T', bullets: items } as never]);

describe('statements to do (a generated deck leaves them for the analyst)', () => {
  it('is to do while todo is set and the text is empty or still the placeholder', () => {
    expect(isToDo({ text: placeholder, todo: true, placeholder })).toBe(true);
    expect(isToDo({ text: `  ${placeholder.replace(/ /g, '  ')} `, todo: true, placeholder })).toBe(true);
    expect(isToDo({ text: '', todo: true, placeholder })).toBe(true);
    expect(isToDo({ event: placeholder, todo: true, placeholder })).toBe(true);
    expect(isToDo({ text: 'Ministers meet twice in a month.', todo: true, placeholder })).toBe(false);
    expect(isToDo({ text: placeholder, placeholder })).toBe(false);
  });

  it('a placeholder gives only statement-to-do, whatever its text would trip; written, it is checked as usual', () => {
    expect(RULES['statement-to-do']).toEqual({ severity: 'warning', why: 'A placeholder the analyst has not written yet.', source: 'BriefDeck: generated briefing' });
    const judgment = { text: 'To do: our key judgment, it might hold', todo: true, placeholder: 'To do: our key judgment, it might hold' };
    const blufDeck = (j: object) => deckWith([{ id: 'b', layout: 'bluf', title: 'BLUF', judgments: [j] } as never]);
    expect(findingKeys(blufDeck(judgment))).toEqual(['statement-to-do@0:judgments[0]']);
    expect(findingKeys(blufDeck({ ...judgment, text: 'Talks resume.' }))).toEqual(['judgment-no-likelihood@0:judgments[0]', 'judgment-no-confidence@0:judgments[0]', 'judgment-uncited@0:judgments[0]']);
    expect(findingKeys(bullets({ text: placeholder, kind: 'reporting', todo: true, placeholder }))).toEqual(['statement-to-do@0:bullets[0]']);
    expect(findingKeys(bullets({ text: 'Talks resume.', kind: 'reporting', todo: true, placeholder }))).toEqual(['reporting-uncited@0:bullets[0]']);
  });

  it('an emptied placeholder stays listed; a placeholder citing an unknown source is still found', () => {
    expect(findingKeys(bullets({ text: '', kind: 'indicator', todo: true, placeholder }))).toEqual(['statement-to-do@0:bullets[0]']);
    expect(findingKeys(bullets({ text: placeholder, todo: true, placeholder, citations: [{ sourceId: 'nosuch', paragraphs: [1] }] }))).toEqual([
      'citation-unknown-source@0:bullets[0]',
      'statement-to-do@0:bullets[0]',
    ]);
  });
});
