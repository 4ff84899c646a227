import { useSyncExternalStore } from 'react';

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

let current: Pending | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Shows `request` in the page's dialog and resolves with the chosen button's value. One dialog at a time. */
export function ask<V extends string>(request: DialogRequest<V>): Promise<V> {
  if (current) current.resolve(current.request.cancelValue);
  return new Promise<V>((resolve) => {
    current = { request, resolve: resolve as (v: string) => void };
    emit();
  });
}

/** Answers the open dialog (called by the dialog component). */
export function answer(value: string): void {
  const pending = current;
  current = null;
  emit();
  pending?.resolve(value);
}

/** The open dialog request, or null (React hook). */
export function usePendingDialog(): DialogRequest | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current?.request ?? null,
  );
}
