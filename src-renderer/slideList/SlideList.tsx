import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useShallow } from 'zustand/react/shallow';
import { editorStore, useEditor } from '../store';
import { SlideRow } from './SlideRow';
import { useWindowedRange } from './useWindowedRange';
import { useDebouncedValue } from './useDebouncedValue';
import { useThumbnailHtml } from './useThumbnailHtml';
import { moveSlideTo } from './slideOps';
import { SlideListToolbar } from './SlideListToolbar';
import { dragAnnouncements } from './dragAnnouncements';

/** Height of one row in CSS px (must match `.slide-row` in styles/app.css). */
export const SLIDE_ROW_HEIGHT = 132;
/** Thumbnails follow edits after this quiet time (ms), so typing never waits for them. */
const THUMBNAIL_DELAY_MS = 400;

/**
 * The slide list: a virtualised listbox of slide thumbnails (only visible rows mount), with multi-select (click,
 * Ctrl/Cmd+click, Shift+click, arrows, Shift+arrows), drag-and-drop reorder with the mouse and with the keyboard
 * (@dnd-kit KeyboardSensor: Space, arrows, Space), and duplicate / delete / hide in its toolbar.
 */
export function SlideList() {
  const deck = useEditor((s) => s.deck)!;
  const selectedIds = useEditor(useShallow((s) => s.selectedIds));
  const focusedId = useEditor((s) => s.focusedId);
  const scroller = useRef<HTMLDivElement>(null);
  // A ref, not state: dnd-kit's KeyboardSensor starts a drag inside the Space keydown, and the next arrow key must
  // already see it (arrows then move the dragged slide, not the selection).
  const dragging = useRef(false);
  const slides = deck.slides;
  const range = useWindowedRange(scroller, slides.length, SLIDE_ROW_HEIGHT);
  const thumbDeck = useDebouncedValue(deck, THUMBNAIL_DELAY_MS);
  const thumbs = useThumbnailHtml(thumbDeck, range.start, range.end);
  const { theme, direction, language } = thumbDeck;
  const look = useMemo(() => ({ theme, direction, language }), [theme, direction, language]);
  const idKey = slides.map((s) => s.id).join('\n');
  const ids = useMemo(() => (idKey ? idKey.split('\n') : []), [idKey]);
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const onSelect = useCallback((id: string, mode: Parameters<ReturnType<typeof editorStore.getState>['selectSlide']>[1]) => {
    editorStore.getState().selectSlide(id, mode);
  }, []);

  const onKeyNav = useCallback(
    (e: KeyboardEvent<HTMLElement>, index: number) => {
      if (dragging.current) return;
      const all = editorStore.getState().deck?.slides ?? [];
      const target = e.key === 'ArrowDown' ? index + 1 : e.key === 'ArrowUp' ? index - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : null;
      if (target === null || !all[target]) return;
      e.preventDefault();
      editorStore.getState().selectSlide(all[target].id, e.shiftKey ? 'range' : 'replace');
    },
    [],
  );

  // Keep the focused row mounted and focused while the keyboard is in the list.
  useEffect(() => {
    const el = scroller.current;
    if (!el || !focusedId || !el.contains(document.activeElement)) return;
    const index = editorStore.getState().deck?.slides.findIndex((s) => s.id === focusedId) ?? -1;
    if (index < 0) return;
    const top = index * SLIDE_ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + SLIDE_ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + SLIDE_ROW_HEIGHT - el.clientHeight;
    requestAnimationFrame(() => document.getElementById(`slide-row-${focusedId}`)?.focus());
  }, [focusedId]);

  const onDragEnd = (event: DragEndEvent) => {
    dragging.current = false;
    const { active, over } = event;
    if (!over || active.id === over.id) return;
    moveSlideTo(String(active.id), ids.indexOf(String(over.id)));
  };

  return (
    <section className="pane" aria-label="Slides">
      <SlideListToolbar count={slides.length} />
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragStart={() => (dragging.current = true)}
        onDragCancel={() => (dragging.current = false)}
        onDragEnd={onDragEnd}
        accessibility={{ announcements: dragAnnouncements(ids), screenReaderInstructions: { draggable: 'To move a slide, press Space, then the arrow keys, then Space to drop or Escape to cancel.' } }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <div ref={scroller} className="slide-list" role="listbox" aria-label="Slide list" aria-multiselectable="true">
            <div style={{ height: range.padTop }} aria-hidden="true" />
            {slides.slice(range.start, range.end).map((slide, i) => (
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
          </div>
        </SortableContext>
      </DndContext>
    </section>
  );
}
