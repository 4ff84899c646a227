import { describe, expect, it } from 'vitest';
import { createEditorStore, selectDirty, undoLabels, type DeckCommand } from '../../src-renderer/store';
import { DeckSchema, type Deck } from '../../src-shared/deck';

/** A three-slide deck built through the schema (defaults applied). */
function deck(n = 3): Deck {
  return DeckSchema.parse({
    schemaVersion: 2,
    title: 'Alignment after 7 October',
    slides: Array.from({ length: n }, (_, i) => ({ id: `s${i + 1}`, layout: 'bullets', title: `Slide ${i + 1}`, bullets: [{ text: 'a' }] })),
  });
}

// Minimal pure commands with the shape of src-shared/commands (name, label, perform).
const setTitle: DeckCommand<{ id: string; title: string }> = {
  name: 'setSlideTitle',
  label: 'Edit title',
  perform: (d, { id, title }) => ({ ...d, slides: d.slides.map((s) => (s.id === id ? { ...s, title } : s)) }),
};
const removeSlide: DeckCommand<{ id: string }> = {
  name: 'removeSlide',
  label: 'Delete slide',
  perform: (d, { id }) => ({ ...d, slides: d.slides.filter((s) => s.id !== id) }),
};
const noop: DeckCommand<void> = { name: 'noop', label: 'Nothing', perform: (d) => d };

function setup() {
  let t = 0;
  const store = createEditorStore({ clock: () => t });
  store.getState().loadDeck(deck(), { path: '/d/a.briefdeck', hash: 'h1' });
  return { store, advance: (ms: number) => (t += ms) };
}
const titles = (d: Deck | null) => d!.slides.map((s) => s.title);

describe('editor store', () => {
  it('a typing burst in one field is one undo step; a pause starts a new one', () => {
    const { store, advance } = setup();
    const s = () => store.getState();
    for (const title of ['T', 'Tu', 'Tur']) {
      s().dispatch(setTitle, { id: 's1', title }, { mergeKey: 'slide:s1:title' });
      advance(300);
    }
    advance(1500);
    s().dispatch(setTitle, { id: 's1', title: 'Turkey' }, { mergeKey: 'slide:s1:title' });
    expect(store.temporal.getState().pastStates).toHaveLength(2);
    s().undo();
    expect(titles(s().deck)[0]).toBe('Tur');
    s().undo();
    expect(titles(s().deck)[0]).toBe('Slide 1');
    s().redo();
    s().redo();
    expect(titles(s().deck)[0]).toBe('Turkey');
  });

  it('edits in different fields are separate steps even inside the window', () => {
    const { store } = setup();
    store.getState().dispatch(setTitle, { id: 's1', title: 'A' }, { mergeKey: 'slide:s1:title' });
    store.getState().dispatch(setTitle, { id: 's2', title: 'B' }, { mergeKey: 'slide:s2:title' });
    store.getState().dispatch(setTitle, { id: 's2', title: 'C' });
    expect(store.temporal.getState().pastStates).toHaveLength(3);
  });

  it('selection and panels are never recorded or undone', () => {
    const { store } = setup();
    const s = () => store.getState();
    s().dispatch(setTitle, { id: 's1', title: 'X' });
    s().selectSlide('s3');
    s().setPanel('notes', false);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    s().undo();
    expect(s().focusedId).toBe('s3');
    expect(s().panels.notes).toBe(false);
    expect(titles(s().deck)[0]).toBe('Slide 1');
  });

  it('undo labels name the command; redo label after undo', () => {
    const { store } = setup();
    const labels = () => undoLabels(store.getState(), store.temporal.getState());
    expect(labels()).toEqual({ undo: null, redo: null });
    store.getState().dispatch(removeSlide, { id: 's2' });
    expect(labels()).toEqual({ undo: 'Delete slide', redo: null });
    store.getState().undo();
    expect(labels()).toEqual({ undo: null, redo: 'Delete slide' });
  });

  it('dirty tracks the saved deck; undo back to it is clean; no-op commands record nothing', () => {
    const { store } = setup();
    const s = () => store.getState();
    expect(selectDirty(s())).toBe(false);
    s().dispatch(noop, undefined);
    expect(selectDirty(s())).toBe(false);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    s().dispatch(setTitle, { id: 's1', title: 'X' });
    expect(selectDirty(s())).toBe(true);
    s().undo();
    expect(selectDirty(s())).toBe(false);
    s().redo();
    s().markSaved({ hash: 'h2' });
    expect(selectDirty(s())).toBe(false);
    expect(s().file).toEqual({ path: '/d/a.briefdeck', hash: 'h2', readOnly: false });
  });

  it('deleting the focused slide focuses the slide now at its index; undo keeps the selection', () => {
    const { store } = setup();
    const s = () => store.getState();
    s().selectSlide('s2');
    s().dispatch(removeSlide, { id: 's2' });
    expect(s().focusedId).toBe('s3');
    expect(s().selectedIds).toEqual(['s3']);
    s().undo();
    expect(s().deck!.slides).toHaveLength(3);
    expect(s().focusedId).toBe('s3');
  });

  it('click, Ctrl+click and Shift+click select like PowerPoint', () => {
    const { store } = setup();
    const s = () => store.getState();
    s().selectSlide('s1');
    s().selectSlide('s3', 'toggle');
    expect(s().selectedIds).toEqual(['s1', 's3']);
    s().selectSlide('s1', 'toggle');
    expect(s().selectedIds).toEqual(['s3']);
    s().selectSlide('s3', 'range'); // the anchor is the last Ctrl+clicked slide (s1)
    expect(s().selectedIds).toEqual(['s1', 's2', 's3']);
    s().selectSlide('s2');
    expect(s().selectedIds).toEqual(['s2']);
  });

  it('a throwing command leaves the deck and history unchanged', () => {
    const { store } = setup();
    const before = store.getState().deck;
    const bad: DeckCommand<void> = { name: 'bad', label: 'Bad', perform: () => { throw new Error('no such slide'); } };
    expect(() => store.getState().dispatch(bad, undefined)).toThrow('no such slide');
    expect(store.getState().deck).toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('loading a deck clears history; after undo a new edit clears redo', () => {
    const { store } = setup();
    const s = () => store.getState();
    s().dispatch(setTitle, { id: 's1', title: 'A' });
    s().undo();
    s().dispatch(setTitle, { id: 's1', title: 'B' });
    expect(store.temporal.getState().futureStates).toHaveLength(0);
    s().loadDeck(deck(2));
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(s().file.path).toBeNull();
    expect(s().focusedId).toBe('s1');
  });
});
