// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { SlideOf } from '../../src-shared/deck';
import { byLabel, button, click, inAct, unlabelledControls } from './editorTestKit';
import { makeDeck, renderEditor, type EditorHarness } from './editorHarness';

let h: EditorHarness | null = null;
afterEach(() => {
  h?.unmount();
  h = null;
});

const deck = () =>
  makeDeck({
    title: 'Turkey and Iran',
    slides: [
      { id: 's1', layout: 'bullets', title: 'Hamas ties', bullets: [{ text: 'Turkey calls Hamas a resistance movement' }] },
      { id: 's2', layout: 'sources', title: 'Sources' },
    ],
  });

/** The picker's checkbox whose row text contains `text`. */
function pickItem(text: string): HTMLInputElement {
  const dialog = document.querySelector('dialog')!;
  const row = [...dialog.querySelectorAll('label.bd-pick')].find((l) => l.textContent?.includes(text));
  if (!row) throw new Error(`no picker item with "${text}"`);
  return row.querySelector('input')!;
}

describe('citations', () => {
  it('cites a claim and a paragraph from the picker; chips show references and the warning goes', () => {
    h = renderEditor(deck());
    const c = h.container;
    expect(c.textContent).toContain('This slide makes claims but cites no source.');
    expect(c.querySelector('[aria-label="Bullet 1 has no citation"]')).not.toBeNull();
    click(button(c, 'Add citation…'));
    const dialog = document.querySelector('dialog')!;
    expect(dialog.textContent).toContain('Ties to Hamas: Ankara and Tehran compared');
    // all 19 paragraphs with their summaries
    expect([...dialog.querySelectorAll('[aria-label="Source paragraphs"] li')]).toHaveLength(19);
    click(pickItem('Unlike its Western allies, Turkey does not class Hamas'));
    click(pickItem('Iran backs Hamas across the board'));
    expect(unlabelledControls(dialog as HTMLElement)).toEqual([]);
    click(button(dialog, 'Done'));
    expect(document.querySelector('dialog')).toBeNull();

    const slide = h.deck().slides[0];
    expect(slide.citations).toEqual([
      { sourceId: 'mei-2023-turkey-iran', paragraphs: [4], claimId: 'hamas-ties.claim1' },
      { sourceId: 'mei-2023-turkey-iran', paragraphs: [7] },
    ]);
    expect(h.deck().sources.map((s) => s.id)).toEqual(['mei-2023-turkey-iran']);
    const list = c.querySelector('[aria-label="Slide citations"]')!;
    expect([...list.querySelectorAll('.bd-chip-source')].map((s) => s.textContent)).toEqual(['Adar & Azizi 2023']);
    const chips = [...list.querySelectorAll('li.bd-chip')].map((li) => li.querySelector('span')!.textContent);
    expect(chips).toEqual(['¶4 · hamas-ties.claim1', '¶7']);
    const tips = [...list.querySelectorAll('li.bd-chip')].map((li) => li.getAttribute('title'));
    expect(tips[0]).toMatch(/^Claim: Unlike its Western allies, Turkey does not class Hamas.* \(¶4\)$/);
    expect(tips[1]).toMatch(/^¶7: Iran backs Hamas across the board/);
    expect(c.textContent).not.toContain('cites no source');
    expect(c.querySelector('[aria-label="Bullet 1 has no citation"]')).toBeNull();

    click(byLabel(c, 'Remove citation Adar & Azizi 2023, ¶4 · hamas-ties.claim1'));
    expect(h.deck().slides[0].citations).toEqual([{ sourceId: 'mei-2023-turkey-iran', paragraphs: [7] }]);
  });

  it('cites one bullet on its own, and unchecking removes it', () => {
    h = renderEditor(deck());
    click(byLabel(h.container, 'Cite sources for bullet 1'));
    click(pickItem('Turkey has hosted Hamas members'));
    click(button(document.querySelector('dialog')!, 'Done'));
    const bullets = (h.deck().slides[0] as SlideOf<'bullets'>).bullets;
    expect(bullets[0].citations).toEqual([{ sourceId: 'mei-2023-turkey-iran', paragraphs: [5], claimId: 'hamas-ties.claim2' }]);
    expect(h.deck().slides[0].citations).toEqual([]);
    expect([...h.container.querySelectorAll('[aria-label="Citations of bullet 1"] li.bd-chip span')].map((s) => s.textContent)).toEqual(['¶5 · hamas-ties.claim2']);
    // unchecking in the picker removes it again
    click(byLabel(h.container, 'Cite sources for bullet 1'));
    click(pickItem('Turkey has hosted Hamas members'));
    expect((h.deck().slides[0] as SlideOf<'bullets'>).bullets[0].citations).toBeUndefined();
  });

  it('cites a key judgment; its warning goes and its chip shows', () => {
    h = renderEditor(makeDeck({ title: 'D', slides: [{ id: 'k', layout: 'bluf', bluf: 'Convergence with limits', judgments: [{ text: 'No formal alliance' }] }] }));
    expect(h.container.textContent).toContain('Judgment 1 has no citation.');
    click(byLabel(h.container, 'Cite sources for judgment 1'));
    expect(document.querySelector('dialog h2')!.textContent).toBe('Cite sources for the key judgment 1');
    click(pickItem('a lasting alliance faces serious limits'));
    click(button(document.querySelector('dialog')!, 'Done'));
    expect((h.deck().slides[0] as SlideOf<'bluf'>).judgments[0].citations).toEqual([{ sourceId: 'mei-2023-turkey-iran', paragraphs: [3] }]);
    expect(h.container.textContent).not.toContain('Judgment 1 has no citation.');
    expect([...h.container.querySelectorAll('[aria-label="Citations of key judgment 1"] li.bd-chip span')].map((s) => s.textContent)).toEqual(['¶3']);
  });

  it('a key judgment citing ¶16 from two claims: one source, two chips told apart by claim, each removing its own', () => {
    const judgment = {
      text: 'No formal alliance',
      citations: [
        { sourceId: 'mei-2023-turkey-iran', paragraphs: [16], claimId: 'limits.claim1' },
        { sourceId: 'mei-2023-turkey-iran', paragraphs: [16], claimId: 'limits.claim3' },
        { sourceId: 'mei-2023-turkey-iran', paragraphs: [19] },
      ],
    };
    const sources = [{ id: 'mei-2023-turkey-iran', title: 'Turkey and Iran', authors: ['Sinem Adar', 'Hamidreza Azizi'], publisher: 'MEI', date: '2023-11', url: '' }];
    h = renderEditor(makeDeck({ title: 'D', sources, slides: [{ id: 'k', layout: 'bluf', bluf: 'Convergence with limits', judgments: [judgment] }] }));
    const list = h.container.querySelector('[aria-label="Citations of key judgment 1"]')!;
    const source = list.querySelectorAll('.bd-chip-source');
    expect([...source].map((s) => s.textContent)).toEqual(['Adar & Azizi 2023']);
    expect(source[0].getAttribute('title')).toBe('On the slide: ¶16, 19');
    const chips = [...list.querySelectorAll('li.bd-chip')];
    expect(chips.map((li) => li.querySelector('span')!.textContent)).toEqual(['¶16 · limits.claim1', '¶16 · limits.claim3', '¶19']);
    expect(new Set(chips.map((li) => li.textContent)).size).toBe(3);
    expect(chips[1].getAttribute('title')).toMatch(/^Claim: /);
    const before = h.undoSteps();
    click(byLabel(h.container, 'Remove citation Adar & Azizi 2023, ¶16 · limits.claim3'));
    expect((h.deck().slides[0] as SlideOf<'bluf'>).judgments[0].citations).toEqual([judgment.citations[0], judgment.citations[2]]);
    expect(h.undoSteps()).toBe(before + 1);
    click(byLabel(h.container, 'Remove citation Adar & Azizi 2023, ¶16 · limits.claim1'));
    expect((h.deck().slides[0] as SlideOf<'bluf'>).judgments[0].citations).toEqual([judgment.citations[2]]);
  });

  it('the sources slide lists what the deck cites', () => {
    h = renderEditor(deck(), 's2');
    expect(h.container.textContent).toContain('No slide cites a source yet');
    h.unmount();
    const cited = deck();
    cited.slides[0].citations = [{ sourceId: 'mei-2023-turkey-iran', paragraphs: [4, 5, 7] }];
    cited.sources = [{ id: 'mei-2023-turkey-iran', title: 'Turkey and Iran', authors: ['Sinem Adar', 'Hamidreza Azizi'], publisher: 'MEI', date: '2023-11', url: '' }];
    h = renderEditor(cited, 's2');
    expect(h.container.textContent).toContain('Sinem Adar and Hamidreza Azizi');
    expect(h.container.textContent).toContain('¶4–5, 7');
  });
});

describe('insert from the argument map', () => {
  it('inserts an argument’s cited slides after the current slide as one undo step and selects them', () => {
    h = renderEditor(deck());
    click(button(h.container, 'Insert from argument map…'));
    const dialog = document.querySelector('dialog')!;
    const choice = [...dialog.querySelectorAll('button')].find((b) => b.textContent?.includes('Ties to Hamas: Ankara and Tehran compared'))!;
    expect(choice.textContent).toContain('6 claims');
    const before = h.undoSteps();
    click(choice);
    expect(document.querySelector('dialog')).toBeNull();
    const slides = h.deck().slides;
    expect(slides.map((s) => s.id).slice(0, 1)).toEqual(['s1']);
    expect(slides.at(-1)!.id).toBe('s2');
    expect(slides).toHaveLength(4);
    const inserted = slides[1] as SlideOf<'bullets'>;
    expect(inserted).toMatchObject({ layout: 'bullets', title: 'Ties to Hamas: Ankara and Tehran compared', argumentIds: ['hamas-ties'] });
    expect(inserted.bullets.every((b) => (b.citations?.length ?? 0) > 0)).toBe(true);
    expect(slides[2].layout).toBe('two-column');
    expect(h.deck().sources.map((s) => s.id)).toEqual(['mei-2023-turkey-iran']);
    expect(h.undoSteps()).toBe(before + 1);
    expect(h.store.getState().focusedId).toBe(inserted.id);
    expect(h.container.textContent).toContain('Slide 2 of 4');
    inAct(() => h!.store.getState().undo());
    expect(h.deck().slides.map((s) => s.id)).toEqual(['s1', 's2']);
  });
});
