// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { SlideOf } from '../../src-shared/deck';
import { byLabel, button, choose, click, inAct, press, typeInto, unlabelledControls } from './editorTestKit';
import { makeDeck, renderEditor, type EditorHarness } from './editorHarness';

let h: EditorHarness | null = null;
afterEach(() => {
  h?.unmount();
  h = null;
});
const slideOf = <L extends SlideOf<any>['layout']>(harness: EditorHarness, i: number) => harness.deck().slides[i] as SlideOf<L>;

describe('bullets form', () => {
  const deck = makeDeck({
    title: 'D',
    slides: [{ id: 'b', layout: 'bullets', title: 'Drivers', bullets: [{ text: 'Shared distrust of the US' }] }],
  });

  it('types a burst as one undo step, adds below with Enter, indents with Tab and outdents with Shift+Tab', () => {
    h = renderEditor(deck);
    const first = byLabel(h.container, 'Bullets: bullet 1, level 1');
    typeInto(first, 'Shared distrust of the U');
    typeInto(first, 'Shared distrust of the US role');
    expect(h.undoSteps()).toBe(1);
    press(first, 'Enter');
    expect(slideOf<'bullets'>(h, 0).bullets).toHaveLength(2);
    const second = byLabel(h.container, 'Bullets: bullet 2, level 1');
    expect(document.activeElement).toBe(second);
    typeInto(second, 'Gaza war as catalyst');
    press(second, 'Tab');
    expect(slideOf<'bullets'>(h, 0).bullets[1]).toMatchObject({ text: 'Gaza war as catalyst', level: 1 });
    press(byLabel(h.container, 'Bullets: bullet 2, level 2'), 'Tab', { shiftKey: true });
    expect(slideOf<'bullets'>(h, 0).bullets[1].level).toBe(0);
    expect(h.commands).toEqual(['setBulletText', 'setBulletText', 'addBullet', 'setBulletText', 'indentBullet', 'outdentBullet']);
  });

  it('never traps Tab in the first bullet (it cannot be indented)', () => {
    h = renderEditor(deck);
    const first = byLabel(h.container, 'Bullets: bullet 1, level 1');
    const ev = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    first.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(false);
    expect((byLabel(h.container, 'Indent bullet 1') as HTMLButtonElement).disabled).toBe(true);
  });

  it('indents with the button, toggles a build step and removes a bullet', () => {
    h = renderEditor(makeDeck({ title: 'D', slides: [{ id: 'b', layout: 'bullets', bullets: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] }] }));
    click(byLabel(h.container, 'Indent bullet 2'));
    click(byLabel(h.container, 'Build bullet 3'));
    click(byLabel(h.container, 'Remove bullet 1'));
    expect(slideOf<'bullets'>(h, 0).bullets).toMatchObject([
      { text: 'b', level: 1, fragment: false },
      { text: 'c', level: 0, fragment: true },
    ]);
    expect(h.commands).toEqual(['indentBullet', 'setBullet', 'removeBullet']);
    expect(unlabelledControls(h.container)).toEqual([]);
  });
});

describe('BLUF form', () => {
  it('edits the bottom line and key judgments with ICD 203 confidence and likelihood', () => {
    h = renderEditor(makeDeck({ title: 'D', slides: [{ id: 'k', layout: 'bluf', bluf: '', judgments: [{ text: 'Convergence is tactical' }] }] }));
    const c = h.container;
    typeInto(byLabel(c, 'Bottom line up front'), 'Ankara and Tehran converge against the US, within limits.');
    choose(byLabel(c, 'Confidence of judgment 1'), 'high');
    choose(byLabel(c, 'Likelihood of judgment 1'), 'very likely');
    const likelihoods = [...(byLabel(c, 'Likelihood of judgment 1') as HTMLSelectElement).options].map((o) => o.value);
    // Both ICD 203 term rows, band by band (src-shared/tradecraft/yardsticks.json).
    expect(likelihoods).toEqual(['', 'almost no chance', 'remote', 'very unlikely', 'highly improbable', 'unlikely', 'improbable', 'roughly even chance', 'roughly even odds', 'likely', 'probable', 'very likely', 'highly probable', 'almost certain', 'nearly certain']);
    click(button(c, '+ Add key judgment'));
    typeInto(byLabel(c, 'Key judgment 2'), 'No formal alliance');
    const slide = slideOf<'bluf'>(h, 0);
    expect(slide.bluf).toBe('Ankara and Tehran converge against the US, within limits.');
    expect(slide.judgments[0]).toMatchObject({ text: 'Convergence is tactical', confidence: 'high', likelihood: 'very likely' });
    expect(slide.judgments[1]).toMatchObject({ text: 'No formal alliance', confidence: 'moderate' });
    expect(h.commands).toEqual(['updateSlide', 'setJudgment', 'setJudgment', 'addJudgment', 'setJudgment']);
    expect(c.textContent).toContain('Judgment 1 has no citation.');
    expect(c.textContent).toContain('This slide makes claims but cites no source.');
    expect(unlabelledControls(c)).toEqual([]);
  });
});

describe('two-column form', () => {
  it('edits each heading and each side’s bullets', () => {
    h = renderEditor(makeDeck({ title: 'D', slides: [{ id: 't', layout: 'two-column', left: { heading: '', bullets: [{ text: '' }] }, right: { heading: '', bullets: [{ text: '' }] } }] }));
    const c = h.container;
    typeInto(byLabel(c, 'Left column heading'), 'Ankara');
    typeInto(byLabel(c, 'Right column heading'), 'Tehran');
    typeInto(byLabel(c, 'Right column bullets: bullet 1, level 1'), 'Backs Hamas across the board');
    press(byLabel(c, 'Right column bullets: bullet 1, level 1'), 'Enter');
    const s = slideOf<'two-column'>(h, 0);
    expect(s.left.heading).toBe('Ankara');
    expect(s.right).toMatchObject({ heading: 'Tehran', bullets: [{ text: 'Backs Hamas across the board' }, { text: '' }] });
    expect(s.left.bullets).toHaveLength(1);
  });
});

describe('table form', () => {
  it('edits header and body cells and adds and removes rows and columns', () => {
    h = renderEditor(makeDeck({ title: 'D', slides: [{ id: 'x', layout: 'table', columns: ['Actor', 'Position'], rows: [['Turkey', '']] }] }));
    const c = h.container;
    typeInto(byLabel(c, 'Row 1, column 2'), 'Calls Hamas a resistance movement');
    typeInto(byLabel(c, 'Header, column 1'), 'Country');
    click(button(c, '+ Add row'));
    typeInto(byLabel(c, 'Row 2, column 1'), 'Iran');
    click(button(c, '+ Add column'));
    typeInto(byLabel(c, 'Header, column 3'), 'Ties to Hamas');
    click(byLabel(c, 'Remove column 2'));
    typeInto(byLabel(c, 'Caption'), 'Source: MEI 2023');
    const s = slideOf<'table'>(h, 0);
    expect(s.columns).toEqual(['Country', 'Ties to Hamas']);
    expect(s.rows).toEqual([['Turkey', ''], ['Iran', '']]);
    expect(s.caption).toBe('Source: MEI 2023');
    click(byLabel(c, 'Remove row 1'));
    expect(slideOf<'table'>(h, 0).rows).toEqual([['Iran', '']]);
    expect(h.commands).toEqual(['setCell', 'setCell', 'addRow', 'setCell', 'addColumn', 'setCell', 'removeColumn', 'updateSlide', 'removeRow']);
    expect(unlabelledControls(c)).toEqual([]);
  });
});

describe('timeline form', () => {
  it('adds entries, edits date and event, sorts by date and removes', () => {
    h = renderEditor(makeDeck({ title: 'D', slides: [{ id: 'tl', layout: 'timeline', entries: [{ date: '2023-11-01', event: 'Raisi visits Turkey' }] }] }));
    const c = h.container;
    click(button(c, '+ Add entry'));
    typeInto(byLabel(c, 'Date of entry 2'), '2023-10-07');
    typeInto(byLabel(c, 'Event of entry 2'), 'Hamas attacks Israel');
    click(button(c, 'Sort by date'));
    expect(slideOf<'timeline'>(h, 0).entries.map((e) => e.event)).toEqual(['Hamas attacks Israel', 'Raisi visits Turkey']);
    click(byLabel(c, 'Remove entry 2'));
    expect(slideOf<'timeline'>(h, 0).entries.map((e) => e.date)).toEqual(['2023-10-07']);
    expect(h.commands).toEqual(['addEntry', 'setEntry', 'setEntry', 'sortTimelineEntries', 'removeEntry']);
  });
});

describe('quote, section and title forms', () => {
  it('edit their own fields', () => {
    h = renderEditor(
      makeDeck({
        title: 'D',
        slides: [
          { id: 'q', layout: 'quote' },
          { id: 's', layout: 'section', title: 'Hamas' },
          { id: 't', layout: 'title' },
        ],
      }),
    );
    typeInto(byLabel(h.container, 'Quote'), 'Hamas is a liberation movement.');
    typeInto(byLabel(h.container, 'Attribution'), 'Erdoğan, 25 Oct 2023');
    inAct(() => h!.store.getState().selectSlide('s'));
    typeInto(byLabel(h.container, 'Section subtitle'), 'Relations with Hamas');
    inAct(() => h!.store.getState().selectSlide('t'));
    typeInto(byLabel(h.container, 'Subtitle'), 'After 7 October');
    expect(h.deck().slides).toMatchObject([
      { quote: 'Hamas is a liberation movement.', attribution: 'Erdoğan, 25 Oct 2023' },
      { subtitle: 'Relations with Hamas' },
      { subtitle: 'After 7 October' },
    ]);
  });
});

describe('common slide fields', () => {
  it('changes layout keeping the text, sets title, portion marking and hidden', () => {
    h = renderEditor(makeDeck({ title: 'D', slides: [{ id: 'b', layout: 'bullets', bullets: [{ text: '2023-10-07 — Hamas attacks Israel' }] }] }));
    const c = h.container;
    typeInto(byLabel(c, 'Slide title'), 'Key dates');
    typeInto(byLabel(c, 'Portion marking'), '(U)');
    click(byLabel(c, 'Hidden (backup slide)'));
    choose(byLabel(c, 'Layout'), 'timeline');
    const s = slideOf<'timeline'>(h, 0);
    expect(s).toMatchObject({ layout: 'timeline', title: 'Key dates', portionMarking: '(U)', hidden: true });
    expect(s.entries[0]).toMatchObject({ date: '2023-10-07', event: 'Hamas attacks Israel' });
    expect(byLabel(c, 'Date of entry 1')).toBeTruthy();
    expect(h.commands).toEqual(['setSlideTitle', 'updateSlide', 'setSlidesHidden', 'changeLayout']);
  });

  it('gives every text field dir="rtl" in a right-to-left deck', () => {
    h = renderEditor(makeDeck({ title: 'د', language: 'fa', direction: 'rtl', slides: [{ id: 'b', layout: 'bullets', title: 'ترکیه و ایران', bullets: [{ text: 'یک' }] }] }));
    const fields = [...h.container.querySelectorAll('input[type="text"], textarea')];
    expect(fields.length).toBeGreaterThan(2);
    expect(fields.every((f) => f.getAttribute('dir') === 'rtl')).toBe(true);
  });
});
