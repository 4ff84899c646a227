// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { DeckSettingsDialog } from '../../src-renderer/settings/DeckSettingsDialog';
import { editorStore } from '../../src-renderer/store';
import { makeDeck } from './editorHarness';
import { allByLabel, button, byLabel, choose, click, inAct, render, typeInto, unlabelledControls, type Rendered } from './editorTestKit';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

describe('deck settings: tradecraft and marking', () => {
  it('sets the yardstick, mixed-terms note, marking scheme and authority block in one undo step', () => {
    inAct(() => {
      editorStore.getState().loadDeck(makeDeck({ title: 'Marked', slides: [{ id: 's1', layout: 'bullets', title: 'One', bullets: [{ text: 'Point' }] }] }));
      editorStore.getState().setPanel('settings', true);
    });
    view = render(<DeckSettingsDialog />);
    const dialog = document.querySelector('dialog')!;
    expect((byLabel(dialog, 'Estimative yardstick') as HTMLSelectElement).value).toBe('icd203');
    // The authority block shows only for the classification scheme.
    expect(allByLabel(dialog, 'Classified By')).toEqual([]);
    choose(byLabel(dialog, 'Estimative yardstick'), 'phia');
    typeInto(byLabel(dialog, 'Mixed-terms note'), 'Both rows on purpose.');
    choose(byLabel(dialog, 'Marking scheme'), 'capco');
    typeInto(byLabel(dialog, 'Classified By'), 'Training officer');
    typeInto(byLabel(dialog, 'Derived From'), 'Multiple sources');
    typeInto(byLabel(dialog, 'Declassify On'), '20511231');
    expect(unlabelledControls(dialog as HTMLElement)).toEqual([]);
    const before = editorStore.temporal.getState().pastStates.length;
    click(button(dialog, 'Save settings'));
    const deck = editorStore.getState().deck!;
    expect(deck.tradecraft).toEqual({ yardstick: 'phia', mixedTermsNote: 'Both rows on purpose.', acknowledgements: [] });
    expect(deck.marking).toEqual({ scheme: 'capco', authority: { classifiedBy: 'Training officer', derivedFrom: 'Multiple sources', declassifyOn: '20511231' } });
    expect(editorStore.temporal.getState().pastStates.length).toBe(before + 1);
    inAct(() => editorStore.getState().undo());
    expect(editorStore.getState().deck!.marking).toBeUndefined();
  });
});
