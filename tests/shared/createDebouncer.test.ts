import { describe, expect, it } from 'vitest';
import { AUTOSAVE_DELAY_MS, createDebouncer } from '../../src-shared/autosave/createDebouncer';

/** A hand-made fake clock: timers fire when `advance` passes their due time. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    port: {
      setTimer: (fn: () => void, ms: number) => {
        timers.set(next, { at: now + ms, fn });
        return next++;
      },
      clearTimer: (h: number) => void timers.delete(h),
    },
    advance(ms: number) {
      now += ms;
      for (const [h, t] of [...timers]) {
        if (t.at <= now) {
          timers.delete(h);
          t.fn();
        }
      }
    },
    get count() {
      return timers.size;
    },
  };
}

describe('createDebouncer (autosave after the last edit)', () => {
  it('runs once, 3000 ms after the last edit, with the latest value', async () => {
    const clock = fakeTimers();
    const runs: string[] = [];
    const d = createDebouncer<string, number>({ run: (v) => void runs.push(v), timers: clock.port });
    expect(AUTOSAVE_DELAY_MS).toBe(3000);
    d.schedule('a');
    clock.advance(2000);
    d.schedule('ab');
    clock.advance(2999);
    expect(runs).toEqual([]);
    expect(d.pending).toBe(true);
    clock.advance(1);
    await Promise.resolve();
    expect(runs).toEqual(['ab']);
    expect(d.pending).toBe(false);
    expect(clock.count).toBe(0);
  });

  it('flush runs a pending value now; cancel drops it', async () => {
    const clock = fakeTimers();
    const runs: number[] = [];
    const d = createDebouncer<number, number>({ run: (v) => void runs.push(v), timers: clock.port, delayMs: 500 });
    d.schedule(1);
    await d.flush();
    expect(runs).toEqual([1]);
    clock.advance(1000);
    expect(runs).toEqual([1]);
    d.schedule(2);
    d.cancel();
    clock.advance(1000);
    expect(runs).toEqual([1]);
    await d.flush();
    expect(runs).toEqual([1]);
  });

  it('a failing run goes to onError and later edits still autosave', async () => {
    const clock = fakeTimers();
    const errors: unknown[] = [];
    let fail = true;
    const runs: string[] = [];
    const d = createDebouncer<string, number>({
      run: async (v) => {
        if (fail) throw new Error('disk full');
        runs.push(v);
      },
      timers: clock.port,
      onError: (e) => errors.push(e),
    });
    d.schedule('x');
    await d.flush();
    expect(errors).toHaveLength(1);
    fail = false;
    d.schedule('y');
    clock.advance(3000);
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toEqual(['y']);
  });
});
