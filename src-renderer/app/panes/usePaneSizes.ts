import { useCallback, useState } from 'react';

/** Widths and heights of the editor's panes, in CSS px: the slide list, the inspector and the notes. */
export interface PaneSizes {
  slides: number;
  inspector: number;
  notes: number;
}

/** Where each size starts, and its limits (px). The large slide takes whatever is left. */
export const PANE_LIMITS: Record<keyof PaneSizes, { initial: number; min: number; max: number }> = {
  slides: { initial: 232, min: 140, max: 420 },
  inspector: { initial: 360, min: 280, max: 720 },
  notes: { initial: 150, min: 80, max: 480 },
};

const STORAGE_KEY = 'briefdeck.paneSizes';

function stored(): PaneSizes {
  const sizes = Object.fromEntries(Object.entries(PANE_LIMITS).map(([k, l]) => [k, l.initial])) as unknown as PaneSizes;
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>;
    for (const key of Object.keys(PANE_LIMITS) as (keyof PaneSizes)[]) {
      const v = saved[key];
      const { min, max } = PANE_LIMITS[key];
      if (typeof v === 'number' && Number.isFinite(v)) sizes[key] = Math.max(min, Math.min(max, v));
    }
  } catch {
    // No storage, or a value that is not ours: the initial sizes.
  }
  return sizes;
}

/** The pane sizes, kept across restarts in local storage (view state: never in the deck, never undone). */
export function usePaneSizes(): [PaneSizes, (key: keyof PaneSizes, value: number) => void] {
  const [sizes, setSizes] = useState(stored);
  const set = useCallback((key: keyof PaneSizes, value: number) => {
    setSizes((current) => {
      const next = { ...current, [key]: value };
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Storage full or off: the size still applies for this session.
      }
      return next;
    });
  }, []);
  return [sizes, set];
}
