import { useCallback, useMemo, type KeyboardEvent, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { editorStore, useEditor, type SelectMode } from '../store';
import { SlideRow } from './SlideRow';
import type { WindowedRange } from './useWindowedRange';
import { useThumbnailDeck } from './useThumbnailDeck';
import { useThumbnailHtml } from './useThumbnailHtml';

/** Thumbnails follow edits after this quiet time (ms), so typing never waits for them. */
const THUMBNAIL_DELAY_MS = 400;

export interface SlideRowsProps {
  range: WindowedRange;
  /** True while a drag runs (arrows then move the dragged slide, not the selection). */
  dragging: RefObject<boolean>;
}

/**
 * The mounted rows of the slide list, rows `[range.start, range.end)`. This component follows the deck; its parent
 * (the drag-and-drop context) follows only the slide ids, so a keystroke re-renders this component and the one
 * memoised row whose slide object changed, and no drag-and-drop context consumer.
 */
export function SlideRows({ range, dragging }: SlideRowsProps) {
  const deck = useEditor((s) => s.deck)!;
  const selectedIds = useEditor(useShallow((s) => s.selectedIds));
  const focusedId = useEditor((s) => s.focusedId);
  const thumbDeck = useThumbnailDeck(deck, THUMBNAIL_DELAY_MS);
  const visible = deck.slides.slice(range.start, range.end);
  const thumbs = useThumbnailHtml(thumbDeck, deck, visible);
  const { theme, direction, language, brand } = thumbDeck;
  const look = useMemo(() => ({ theme, direction, language, brand }), [theme, direction, language, brand]);
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);

  const onSelect = useCallback((id: string, mode: SelectMode) => editorStore.getState().selectSlide(id, mode), []);
  const onKeyNav = useCallback(
    (e: KeyboardEvent<HTMLElement>, index: number) => {
      if (dragging.current) return;
      const all = editorStore.getState().deck?.slides ?? [];
      const target = e.key === 'ArrowDown' ? index + 1 : e.key === 'ArrowUp' ? index - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : null;
      if (target === null || !all[target]) return;
      e.preventDefault();
      editorStore.getState().selectSlide(all[target].id, e.shiftKey ? 'range' : 'replace');
    },
    [dragging],
  );

  return (
    <>
      <div style={{ height: range.padTop }} aria-hidden="true" />
      {visible.map((slide, i) => (
        <SlideRow
          key={slide.id}
          slide={slide}
          index={range.start + i}
          selected={selected.has(slide.id)}
          focused={slide.id === focusedId}
          thumbHtml={thumbs.get(slide.id) ?? ''}
          look={look}
          onSelect={onSelect}
          onKeyNav={onKeyNav}
        />
      ))}
      <div style={{ height: range.padBottom }} aria-hidden="true" />
    </>
  );
}
