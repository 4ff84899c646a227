import { useEffect, useState } from 'react';

/**
 * The time now (epoch ms), refreshed every `intervalMs` (default 1000 ms). Reads `Date.now()`, so a test can drive it
 * with a fake clock (Playwright's `page.clock`).
 */
export function useClock(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}

/** Formats a duration as h:mm:ss or m:ss (negative durations get a leading minus). */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mmss = `${h > 0 ? String(m).padStart(2, '0') : m}:${String(s).padStart(2, '0')}`;
  return sign + (h > 0 ? `${h}:${mmss}` : mmss);
}
