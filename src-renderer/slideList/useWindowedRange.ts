import { useEffect, useState, type RefObject } from 'react';

/** Rows to mount above and below the visible ones, so that short scrolls and drags do not show empty space. */
const OVERSCAN_ROWS = 4;

/** The rows of a fixed-height list that are mounted: [start, end) and the padding that stands in for the others. */
export interface WindowedRange {
  start: number;
  end: number;
  padTop: number;
  padBottom: number;
}

/** Pure windowing arithmetic (px): which of `count` rows of `rowHeight` px show in a viewport at `scrollTop`. */
export function windowedRange(count: number, rowHeight: number, scrollTop: number, viewportHeight: number, overscan = OVERSCAN_ROWS): WindowedRange {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.max(start, Math.min(count, first + visible + overscan));
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}

/**
 * Tracks the scroll position and height of `scroller` and returns the rows to mount (a small windowing hook: only
 * visible rows mount, so a 1000-slide deck mounts about 15 rows).
 */
export function useWindowedRange(scroller: RefObject<HTMLElement | null>, count: number, rowHeight: number): WindowedRange {
  const [view, setView] = useState({ top: 0, height: 800 });
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => setView((v) => (v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight }));
    update();
    el.addEventListener('scroll', update, { passive: true });
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      ro.disconnect();
    };
  }, [scroller]);
  return windowedRange(count, rowHeight, view.top, view.height);
}
