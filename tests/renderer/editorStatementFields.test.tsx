// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { SlideOf } from '../../src-shared/deck';
import { allByLabel, byLabel, choose, typeInto, unlabelledControls } from './editorTestKit';
import { makeDeck, renderEditor, type EditorHarness } from './editorHarness';

let h: EditorHarness | null = null;
afterEach(() => {
  h?.unmount();
  h = null;
});
const slideOf = <L extends SlideOf<any>['layout']>(harness: EditorHarness, i: number) => harness.deck().slides[i] as SlideOf<L>;
const optionValues = (el: HTMLElement) => [...(el as HTMLSelectElement).options].map((o) => o.value);

describe('statement fields in the slide forms', () => {
  it('a bullet takes a kind and a portion marking; as a judgment it shows likelihood, confidence and basis', () => {
    h = renderEditor(makeDeck({ title: 'D', slides: [{ id: 'b', layout: 'bullets', title: 'Drivers', bullets: [{ text: 'Shared distrust of the US' }] }] }));
    const c = h.container;
    expect(allByLabel(c, 'Likelihood of bullet 1')).toEqual([]);
    choose(byLabel(c, 'Kind of bullet 1'), 'judgment');
    typeInto(byLabel(c, 'Portion marking of bullet 1'), '(U)');
    choose(byLabel(c, 'Likelihood of bullet 1'), 'probable');
    choose(byLabel(c, 'Confidence of bullet 1'), 'low');
    typeInto(byLabel(c, 'Confidence basis of bullet 1'), 'One analytic article');
    expect(slideOf<'bullets'>(h, 0).bullets[0]).toMatchObject({ kind: 'judgment', portionMarking: '(U)', likelihood: 'probable', confidence: 'low', confidenceBasis: 'One analytic article' });
    choose(byLabel(c, 'Confidence of bullet 1'), '');
    expect(slideOf<'bullets'>(h, 0).bullets[0].confidence).toBeUndefined();
    // The text input is found by its deck path, as a tradecraft finding names it.
    expect(c.querySelector('[data-field="bullets[0]"]')).toBe(byLabel(c, 'Bullets: bullet 1, level 1'));
    expect(unlabelledControls(c)).toEqual([]);
  });

  it('the likelihood select follows the deck yardstick (PHIA)', () => {
    h = renderEditor(makeDeck({ title: 'D', tradecraft: { yardstick: 'phia' }, slides: [{ id: 'k', layout: 'bluf', bluf: '', judgments: [{ text: 'Tactical', likelihood: 'very likely' }] }] }));
    const values = optionValues(byLabel(h.container, 'Likelihood of judgment 1'));
    expect(values).toEqual(['', 'remote chance', 'highly unlikely', 'unlikely', 'realistic possibility', 'likely', 'probable', 'probably', 'highly likely', 'almost certain', 'very likely']);
    expect((byLabel(h.container, 'Likelihood of judgment 1') as HTMLSelectElement).selectedOptions[0].textContent).toBe('very likely (not on the yardstick)');
    typeInto(byLabel(h.container, 'Portion marking of judgment 1'), 'TLP:GREEN');
    expect(slideOf<'bluf'>(h, 0).judgments[0].portionMarking).toBe('TLP:GREEN');
  });

  it('timeline entries, table rows and the slide body carry their own fields', () => {
    h = renderEditor(
      makeDeck({
        title: 'D',
        slides: [
          { id: 't', layout: 'timeline', title: 'Dates', entries: [{ date: '2023-10-07', event: 'Hamas attack' }] },
          { id: 'x', layout: 'table', title: 'Compared', columns: ['A', 'B'], rows: [['Ankara', 'reform'], ['Tehran', 'overturn']] },
        ],
      }),
    );
    choose(byLabel(h.container, 'Kind of entry 1'), 'reporting');
    typeInto(byLabel(h.container, 'Portion marking of entry 1'), '(U)');
    expect(slideOf<'timeline'>(h, 0).entries[0]).toMatchObject({ kind: 'reporting', portionMarking: '(U)' });
    h.unmount();
    h = renderEditor(h.deck(), 'x');
    choose(byLabel(h.container, 'Kind of row 2'), 'assumption');
    typeInto(byLabel(h.container, 'Body marking'), '(U)');
    expect(slideOf<'table'>(h, 1)).toMatchObject({ rowKinds: [null, 'assumption'], bodyPortionMarking: '(U)' });
    expect(h.container.querySelector('[data-field="rows[1]"]')).toBe(byLabel(h.container, 'Row 2, column 1'));
    expect(h.commands.slice(-2)).toEqual(['setRowKind', 'updateSlide']);
  });
});
