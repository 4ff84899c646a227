import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted it (a task queued from the next animation frame).
 * Heavy views (the live preview's slide frame) mount after the editor is on screen and editable.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const raf = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(raf);
      if (timer) clearTimeout(timer);
    };
  }, []);
  return painted;
}
