// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { deckNavigation, initialPresentationState } from '../../src-shared/present';
import { PacingPanel } from '../../src-renderer/present/PacingPanel';
import { DeckSettingsDialog } from '../../src-renderer/settings/DeckSettingsDialog';
import { editorStore } from '../../src-renderer/store';
import type { Deck } from '../../src-shared/deck';
import { makeDeck } from './editorHarness';
import { button, byLabel, click, inAct, render, typeInto, unlabelledControls, type Rendered } from './editorTestKit';

let view: Rendered | null = null;

/** A four-slide deck, with `pacing` when given. */
const presentDeck = (extra: Pick<Deck, 'pacing'> = {}): Deck =>
  makeDeck({ title: 'Pacing', ...extra, slides: [1, 2, 3, 4].map((n) => ({ id: `s${n}`, layout: 'bullets', title: `Slide ${n}`, bullets: [{ text: `Point ${n}` }] })) });

afterEach(() => {
  view?.unmount();
  view = null;
});

/** Loads `deck` into the app's store and opens the deck settings dialog. */
function openSettings(deck = presentDeck()) {
  inAct(() => {
    editorStore.getState().loadDeck(deck);
    editorStore.getState().setPanel('settings', true);
  });
  view = render(<DeckSettingsDialog />);
  return document.querySelector('dialog')!;
}
const undoSteps = () => editorStore.temporal.getState().pastStates.length;

describe('deck settings: presenting pace', () => {
  it('sets the target minutes and seconds per slide in one undo step', () => {
    const dialog = openSettings();
    expect((byLabel(dialog, 'Target duration (minutes)') as HTMLInputElement).value).toBe('');
    expect(unlabelledControls(dialog as HTMLElement)).toEqual([]);
    const before = undoSteps();
    typeInto(byLabel(dialog, 'Target duration (minutes)'), '20');
    typeInto(byLabel(dialog, 'Time per slide (seconds)'), '90');
    expect(editorStore.getState().deck!.pacing).toBeUndefined();
    click(button(dialog, 'Save settings'));
    expect(editorStore.getState().deck!.pacing).toEqual({ targetMinutes: 20, perSlideSeconds: 90 });
    expect(undoSteps()).toBe(before + 1);
    expect(editorStore.getState().panels.settings).toBe(false);
    inAct(() => editorStore.temporal.getState().undo());
    expect(editorStore.getState().deck!.pacing).toBeUndefined();
  });

  it('shows the deck’s pacing, clears an emptied field, and refuses out-of-range values', () => {
    const dialog = openSettings(presentDeck({ pacing: { targetMinutes: 15, perSlideSeconds: 60 } }));
    expect((byLabel(dialog, 'Target duration (minutes)') as HTMLInputElement).value).toBe('15');
    expect((byLabel(dialog, 'Time per slide (seconds)') as HTMLInputElement).value).toBe('60');
    typeInto(byLabel(dialog, 'Target duration (minutes)'), '-5');
    expect(dialog.querySelector('[role="alert"]')?.textContent).toBe('Enter minutes above 0 and at most 1440, or leave it empty.');
    expect(button(dialog, 'Save settings').disabled).toBe(true);
    typeInto(byLabel(dialog, 'Target duration (minutes)'), '2000');
    expect(button(dialog, 'Save settings').disabled).toBe(true);
    typeInto(byLabel(dialog, 'Target duration (minutes)'), '');
    expect(dialog.querySelector('[role="alert"]')).toBeNull();
    click(button(dialog, 'Save settings'));
    expect(editorStore.getState().deck!.pacing).toEqual({ perSlideSeconds: 60 });
  });

  it('the presenter view starts from the deck’s pacing', () => {
    const deck = presentDeck({ pacing: { targetMinutes: 10 } });
    const state = initialPresentationState(deck.slides.length, 0, 1_000, deck.pacing);
    view = render(<PacingPanel state={state} nav={deckNavigation(deck)} now={1_000} />);
    expect((byLabel(view.container, 'Target (min)') as HTMLInputElement).value).toBe('10');
    expect(view.container.querySelector('[data-testid="pacing"]')?.getAttribute('data-status')).toBe('on-time');
  });
});
