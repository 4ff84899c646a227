/**
 * Autosave delay: a recovery copy is written about 3 s after the last edit (docs/security.md,
 * "Saving without loss").
 */
export const AUTOSAVE_DELAY_MS = 3000;

/** Timer functions, injected so tests can drive a fake clock (e.g. vitest's fake timers or a hand-made queue). */
export interface TimerPort<H = unknown> {
  setTimer(fn: () => void, ms: number): H;
  clearTimer(handle: H): void;
}

export interface Debouncer<T> {
  /** Records an edit: `run(value)` happens `delayMs` after the last call (earlier pending values are dropped). */
  schedule(value: T): void;
  /** Runs a pending call now (e.g. before the window closes). Resolves after `run` settles; no-op when idle. */
  flush(): Promise<void>;
  /** Drops a pending call (e.g. after a real save). */
  cancel(): void;
  /** True while a call is waiting. */
  readonly pending: boolean;
}

/**
 * Trailing-edge debounce for autosave: `run` is called with the latest value `delayMs` (default 3000 ms) after the
 * last `schedule`. Errors from `run` go to `onError` (default: ignored) so a failed autosave never breaks editing.
 * Pure: no DOM or Node; the renderer passes `window.setTimeout` / `clearTimeout`.
 */
export function createDebouncer<T, H = unknown>(options: {
  run: (value: T) => void | Promise<void>;
  delayMs?: number;
  timers: TimerPort<H>;
  onError?: (err: unknown) => void;
}): Debouncer<T> {
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  let handle: H | undefined;
  let waiting: { value: T } | undefined;

  const fire = async (): Promise<void> => {
    const job = waiting;
    waiting = undefined;
    handle = undefined;
    if (!job) return;
    try {
      await options.run(job.value);
    } catch (err) {
      options.onError?.(err);
    }
  };

  return {
    schedule(value) {
      if (handle !== undefined) options.timers.clearTimer(handle);
      waiting = { value };
      handle = options.timers.setTimer(() => void fire(), delay);
    },
    flush() {
      if (handle !== undefined) options.timers.clearTimer(handle);
      return fire();
    },
    cancel() {
      if (handle !== undefined) options.timers.clearTimer(handle);
      handle = undefined;
      waiting = undefined;
    },
    get pending() {
      return waiting !== undefined;
    },
  };
}
