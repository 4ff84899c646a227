// @vitest-environment jsdom
/**
 * "A keystroke re-renders only the slide it changes" (the editor at scale): the slide list's rows are memoised by slide
 * object identity, so editing one slide's title re-renders that row only, and the list mounts only visible rows.
 */
import { memo } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SlideRowProps } from '../../src-renderer/slideList/SlideRow';
import { DeckSchema } from '../../src-shared/deck';
import { setSlideTitle } from '../../src-shared/commands';
import { inAct, render, type Rendered } from './editorTestKit';

const renders = new Map<string, number>();
vi.mock('../../src-renderer/slideList/SlideRow', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src-renderer/slideList/SlideRow')>();
  const inner = (real.SlideRow as unknown as { type: (p: SlideRowProps) => React.ReactNode }).type;
  const Counted = memo((props: SlideRowProps) => {
    renders.set(props.slide.id, (renders.get(props.slide.id) ?? 0) + 1);
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
});
