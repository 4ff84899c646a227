import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** One button of an in-page dialog; `value` is what `ask()` resolves to when it is pressed. */
export interface DialogButton<V extends string = string> {
  value: V;
  label: string;
  primary?: boolean;
}

/** An in-page modal question (never `window.confirm`: it blocks the renderer and Playwright dismisses it). */
export interface DialogRequest<V extends string = string> {
  title: string;
  message: string;
  buttons: DialogButton<V>[];
  /** Resolved when the dialog is dismissed with Escape. */
  cancelValue: V;
}

interface Pending {
  request: DialogRequest;
  resolve: (value: string) => void;
}

/** The open question, in a small zustand store of its own (outside the editor store and its undo history). */
const pending = createStore<{ current: Pending | null }>(() => ({ current: null }));

/** Shows `request` in the page's dialog and resolves with the chosen button's value. One dialog at a time. */
export function ask<V extends string>(request: DialogRequest<V>): Promise<V> {
  const { current } = pending.getState();
  if (current) current.resolve(current.request.cancelValue);
  return new Promise<V>((resolve) => {
    pending.setState({ current: { request, resolve: resolve as (v: string) => void } });
  });
}

/** Answers the open dialog (called by the dialog component). */
export function answer(value: string): void {
  const { current } = pending.getState();
  pending.setState({ current: null });
  current?.resolve(value);
}

/** The open dialog request, or null (React hook). */
export function usePendingDialog(): DialogRequest | null {
  return useStore(pending, (s) => s.current?.request ?? null);
}
