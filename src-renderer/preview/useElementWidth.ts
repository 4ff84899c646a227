import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The content-box width of `ref`'s element in CSS px, from a ResizeObserver (0 until its first report). It never
 * reads layout synchronously: a list of thumbnails would otherwise force one layout per row while mounting, and the
 * first report arrives after layout, so what depends on the width mounts just after the first paint.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver((entries) => setWidth(Math.round(entries[entries.length - 1].contentRect.width)));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
