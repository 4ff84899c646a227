// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { TradecraftChecks, TradecraftPanel, findingsStore } from '../../src-renderer/tradecraft';
import { editorStore } from '../../src-renderer/store';
import { makeDeck } from './editorHarness';
import { button, byLabel, click, inAct, render, typeInto, type Rendered } from './editorTestKit';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

const hedged = () =>
  makeDeck({
    title: 'Hedged',
    author: 'Desk officer',
    slides: [{ id: 'k', layout: 'bluf', title: 'Bottom line', bluf: '', judgments: [{ text: 'Ankara may side with Tehran.', confidence: 'low' }] }],
  });

/** The finding item of `rule` at `field` in the panel. */
const item = (rule: string, field: string) => document.querySelector<HTMLElement>(`li[data-rule="${rule}"][data-field="${field}"]`);

describe('Tradecraft panel', () => {
  it('lists the checks’ findings; acknowledging saves the reason in one undo step, and withdrawing removes it', async () => {
    inAct(() => {
      editorStore.getState().loadDeck(hedged());
      editorStore.getState().setPanel('tradecraft', true);
    });
    view = render(
      <>
        <TradecraftChecks />
        <TradecraftPanel />
      </>,
    );
    // The checks run after a quiet time (no worker under jsdom: in the page).
    await vi.waitFor(() => expect(findingsStore.getState().checked).toBe(editorStore.getState().deck), { timeout: 5000 });
    await act(async () => {});
    const hedge = item('vague-hedge', 'judgments[0]')!;
    expect(hedge.textContent).toContain('ICD 203 §D.6.e(2)(a)');
    expect(view.container.textContent).toContain('Slide 1: Bottom line');

    click(button(hedge, 'Acknowledge…'));
    const dialog = document.querySelector('dialog')!;
    expect(button(dialog, 'Acknowledge').disabled).toBe(true);
    typeInto(byLabel(dialog, 'Reason'), 'The source hedges it too.');
    const before = editorStore.temporal.getState().pastStates.length;
    click(button(dialog, 'Acknowledge'));
    const acks = editorStore.getState().deck!.tradecraft!.acknowledgements;
    expect(acks).toEqual([expect.objectContaining({ rule: 'vague-hedge', slideId: 'k', field: 'judgments[0]', reason: 'The source hedges it too.', by: 'Desk officer' })]);
    expect(acks[0].date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(editorStore.temporal.getState().pastStates.length).toBe(before + 1);
    await vi.waitFor(() => expect(item('vague-hedge', 'judgments[0]')!.textContent).toContain('Reason: “The source hedges it too.”'), { timeout: 5000 });

    click(button(item('vague-hedge', 'judgments[0]')!, 'Withdraw'));
    expect(editorStore.getState().deck!.tradecraft!.acknowledgements).toEqual([]);
    inAct(() => editorStore.getState().undo());
    expect(editorStore.getState().deck!.tradecraft!.acknowledgements).toHaveLength(1);
  });
});
