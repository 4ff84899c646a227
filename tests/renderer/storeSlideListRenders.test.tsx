// @vitest-environment jsdom
/**
 * "A keystroke re-renders only the slide it changes" (the editor at scale): the slide list's rows are memoised by slide
 * object identity, so editing one slide's title re-renders that row only, and the list mounts only visible rows.
 */
import { memo } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SlideRowProps } from '../../src-renderer/slideList/SlideRow';
import { DeckSchema } from '../../src-shared/deck';
import { addSlide, setSlideTitle } from '../../src-shared/commands';
import { inAct, render, type Rendered } from './editorTestKit';

const renders = new Map<string, number>();
/** The thumbnail markup each row was last given, by slide id ('' is an empty thumbnail). */
const thumbs = new Map<string, string>();
vi.mock('../../src-renderer/slideList/SlideRow', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src-renderer/slideList/SlideRow')>();
  const inner = (real.SlideRow as unknown as { type: (p: SlideRowProps) => React.ReactNode }).type;
  const Counted = memo((props: SlideRowProps) => {
    renders.set(props.slide.id, (renders.get(props.slide.id) ?? 0) + 1);
    thumbs.set(props.slide.id, props.thumbHtml);
    return inner(props);
  });
  return { ...real, SlideRow: Counted };
});

beforeAll(() => {
  // jsdom has no ResizeObserver; the list and thumbnails only need it to exist.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

let view: Rendered | null = null;
afterEach(() => view?.unmount());

describe('slide list rendering', () => {
  it('a title keystroke re-renders only the edited slide row; 300 slides mount a screenful of rows', async () => {
    const { editorStore } = await import('../../src-renderer/store');
    const { SlideList } = await import('../../src-renderer/slideList/SlideList');
    const deck = DeckSchema.parse({
      schemaVersion: 2,
      title: 'Big deck',
      slides: Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, layout: 'bullets', title: `Slide ${i}`, bullets: [{ text: 'x' }] })),
    });
    inAct(() => editorStore.getState().loadDeck(deck));
    view = render(<SlideList />);
    const mounted = view.container.querySelectorAll('[role="option"]').length;
    expect(mounted).toBeGreaterThan(0);
    expect(mounted).toBeLessThan(30);
    renders.clear();
    inAct(() => editorStore.getState().dispatch(setSlideTitle, { id: 's0', title: 'Slide 0, edited' }, { mergeKey: 'slide:s0:title' }));
    expect([...renders.keys()]).toEqual(['s0']);
    expect(view.container.querySelector('[data-slide-id="s0"]')?.textContent).toContain('Slide 0, edited');
  });

  it('another deck shown in the editor (as after Generate) draws its thumbnails at once; a new slide is drawn at once too', async () => {
    const { editorStore } = await import('../../src-renderer/store');
    const { SlideList } = await import('../../src-renderer/slideList/SlideList');
    const deckOf = (prefix: string, title: string) =>
      DeckSchema.parse({ schemaVersion: 2, title, slides: Array.from({ length: 4 }, (_, i) => ({ id: `${prefix}${i}`, layout: 'bullets', title: `${title} ${i}`, bullets: [{ text: 'x' }] })) });
    vi.useFakeTimers();
    try {
      inAct(() => editorStore.getState().loadDeck(deckOf('a', 'Old deck')));
      view = render(<SlideList />);
      // The generated deck reuses slide ids (a0..a3) with other content, and brings no timer along: no time passes.
      inAct(() => editorStore.getState().loadDeck(deckOf('a', 'Generated')));
      for (let i = 0; i < 4; i++) expect(thumbs.get(`a${i}`)).toContain(`Generated ${i}`);
      inAct(() => editorStore.getState().loadDeck(deckOf('g', 'Fresh')));
      for (let i = 0; i < 4; i++) expect(thumbs.get(`g${i}`)).toContain(`Fresh ${i}`);
      // A slide added while the thumbnails wait for typing to pause has a thumbnail at once.
      inAct(() => editorStore.getState().dispatch(setSlideTitle, { id: 'g0', title: 'Fresh 0, edited' }, { mergeKey: 'slide:g0:title' }));
      inAct(() => editorStore.getState().dispatch(addSlide, { layout: 'section', index: 1, id: 'added', title: 'Added slide' }));
      expect(thumbs.get('added')).toContain('Added slide');
      // The edited slide's thumbnail follows once typing pauses.
      expect(thumbs.get('g0')).not.toContain('edited');
      inAct(() => void vi.advanceTimersByTime(1000));
      expect(thumbs.get('g0')).toContain('Fresh 0, edited');
    } finally {
      vi.useRealTimers();
    }
  });
});
