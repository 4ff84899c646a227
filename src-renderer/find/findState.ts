import { useSyncExternalStore } from 'react';

/** Whether the find bar is shown, and with its Replace row (a tiny external store: shortcuts and menu open it). */
export interface FindBarState {
  open: boolean;
  replace: boolean;
  /** Grows on each request, so Ctrl+F while the bar is open focuses its Find field again. */
  seq: number;
}

let state: FindBarState = { open: false, replace: false, seq: 0 };
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Ctrl+F opens Find, Ctrl+H Find and Replace. */
export function openFindBar(replace: boolean): void {
  state = { open: true, replace, seq: state.seq + 1 };
  emit();
}

export function closeFindBar(): void {
  state = { ...state, open: false };
  emit();
}

export function useFindBarState(): FindBarState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}
