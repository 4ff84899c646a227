import { useEffect, useState } from 'react';

/**
 * `value`, but updated only after it has stayed the same for `delayMs` ms (the first value is returned at once).
 * Used to keep expensive views (thumbnails, the live preview) off the keystroke path.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
