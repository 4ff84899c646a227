import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

/** Props of {@link PaneHandle}. Sizes are CSS px. */
export interface PaneHandleProps {
  /** Accessible name, e.g. "Resize the slide list". */
  label: string;
  /** 'vertical': a bar between panes side by side (drag left and right); 'horizontal': between panes one above the other. */
  orientation: 'vertical' | 'horizontal';
  value: number;
  min: number;
  max: number;
  /**
   * +1 when dragging right (or down) grows the pane, -1 when it shrinks it (a pane on the right of the handle, or
   * below it).
   */
  direction: 1 | -1;
  onChange(value: number): void;
}

/** Arrow keys move a handle by this much (px); Shift+arrow by four times as much. */
export const PANE_KEY_STEP_PX = 16;

/**
 * A drag handle between two panes (the WAI-ARIA window splitter pattern: `role="separator"` with a value, focusable,
 * arrow keys resize, Home and End go to the limits). Dragging uses pointer capture, so the pointer can cross the
 * slide's frame without losing the drag.
 */
export function PaneHandle({ label, orientation, value, min, max, direction, onChange }: PaneHandleProps) {
  const drag = useRef<{ start: number; value: number } | null>(null);
  const clamp = (v: number) => Math.round(Math.max(min, Math.min(max, v)));
  const at = (e: PointerEvent) => (orientation === 'vertical' ? e.clientX : e.clientY);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { start: at(e), value };
    document.body.classList.add('pane-resizing');
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onChange(clamp(drag.current.value + direction * (at(e) - drag.current.start)));
  };
  const end = () => {
    drag.current = null;
    document.body.classList.remove('pane-resizing');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? PANE_KEY_STEP_PX * 4 : PANE_KEY_STEP_PX;
    const grow = orientation === 'vertical' ? { ArrowRight: 1, ArrowLeft: -1 } : { ArrowDown: 1, ArrowUp: -1 };
    const sign = grow[e.key as keyof typeof grow];
    if (sign) onChange(clamp(value + sign * direction * step));
    else if (e.key === 'Home') onChange(min);
    else if (e.key === 'End') onChange(max);
    else return;
    e.preventDefault();
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      className={`pane-handle pane-handle-${orientation}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      onLostPointerCapture={end}
      onKeyDown={onKeyDown}
    />
  );
}
