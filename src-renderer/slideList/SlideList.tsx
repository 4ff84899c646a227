import { useEffect, useMemo, useRef } from 'react';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEditor } from '../store';
import { SlideRows } from './SlideRows';
import { useWindowedRange } from './useWindowedRange';
import { moveSlideTo } from './slideOps';
import { SlideListToolbar } from './SlideListToolbar';
import { dragAnnouncements } from './dragAnnouncements';
import { listenForSlideClipboard } from './slideClipboard';

/** Height of one row in CSS px (must match `.slide-row` in styles/app.css). */
export const SLIDE_ROW_HEIGHT = 132;

/**
 * The slide list: a virtualised listbox of slide thumbnails (only visible rows mount), with multi-select (click,
 * Ctrl/Cmd+click, Shift+click, arrows, Shift+arrows), drag-and-drop reorder with the mouse and with the keyboard
 * (@dnd-kit KeyboardSensor: Space, arrows, Space), and duplicate / delete / hide in its toolbar. This component
 * follows only the slide ids (joined in one string, so a title edit changes nothing here); the rows follow the deck.
 */
export function SlideList() {
  const idKey = useEditor((s) => s.deck?.slides.map((slide) => slide.id).join('\n') ?? '');
  const focusedId = useEditor((s) => s.focusedId);
  const ids = useMemo(() => (idKey ? idKey.split('\n') : []), [idKey]);
  const scroller = useRef<HTMLDivElement>(null);
  // A ref, not state: dnd-kit's KeyboardSensor starts a drag inside the Space keydown, and the next arrow key must
  // already see it (arrows then move the dragged slide, not the selection).
  const dragging = useRef(false);
  const range = useWindowedRange(scroller, ids.length, SLIDE_ROW_HEIGHT);
  const announcements = useMemo(() => dragAnnouncements(ids), [ids]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // Ctrl+C / Ctrl+X / Ctrl+V of whole slides while the list has the focus.
  useEffect(() => listenForSlideClipboard(), []);

  // Keep the focused row mounted and focused while the keyboard is in the list.
  useEffect(() => {
    const el = scroller.current;
    if (!el || !focusedId || !el.contains(document.activeElement)) return;
    const index = ids.indexOf(focusedId);
    if (index < 0) return;
    const top = index * SLIDE_ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + SLIDE_ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + SLIDE_ROW_HEIGHT - el.clientHeight;
    requestAnimationFrame(() => document.getElementById(`slide-row-${focusedId}`)?.focus());
  }, [focusedId, ids]);

  const onDragEnd = (event: DragEndEvent) => {
    dragging.current = false;
    const { active, over } = event;
    if (!over || active.id === over.id) return;
    moveSlideTo(String(active.id), ids.indexOf(String(over.id)));
  };

  return (
    <section className="pane" aria-label="Slides">
      <SlideListToolbar count={ids.length} />
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragStart={() => (dragging.current = true)}
        onDragCancel={() => (dragging.current = false)}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: 'To move a slide, press Space, then the arrow keys, then Space to drop or Escape to cancel.' } }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <div ref={scroller} className="slide-list" role="listbox" aria-label="Slide list" aria-multiselectable="true">
            <SlideRows range={range} dragging={dragging} />
          </div>
        </SortableContext>
      </DndContext>
    </section>
  );
}
