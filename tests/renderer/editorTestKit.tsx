/**
 * A small DOM test kit for the editor's component tests (jsdom, no @testing-library): render into a fresh container
 * inside React's act(), type into controlled inputs the way React listens for it, press keys, find controls by
 * their accessible label.
 */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  rerender(element: ReactElement): void;
  unmount(): void;
}

/** Renders `element` into a new container attached to document.body. */
export function render(element: ReactElement): Rendered {
  const container = document.createElement('div');
  document.body.appendChild(container);
  let root: Root;
  act(() => {
    root = createRoot(container);
    root.render(element);
  });
  return {
    container,
    rerender: (next) => act(() => root.render(next)),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Sets a controlled input's or textarea's value and fires the `input` event React listens to. */
export function typeInto(el: Element, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')!.set!;
  act(() => {
    setter.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

/** Chooses an option of a `<select>` by value. */
export function choose(el: Element, value: string): void {
  typeInto(el, value);
}

/** Clicks an element (buttons, checkboxes). */
export function click(el: Element): void {
  act(() => {
    (el as HTMLElement).click();
  });
}

/** Runs `fn` (e.g. a store action) inside act(), so React renders its effect. */
export function inAct(fn: () => void): void {
  act(fn);
}

/** Dispatches a keydown on `el` (e.g. `press(input, 'Tab', { shiftKey: true })`). */
export function press(el: Element, key: string, init: KeyboardEventInit = {}): void {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}

/** The element whose accessible name (aria-label, or `<label for>` text, or wrapping label) equals `name`. */
export function byLabel(root: ParentNode, name: string): HTMLElement {
  const found = allByLabel(root, name);
  if (found.length !== 1) throw new Error(`expected one control labelled "${name}", found ${found.length}`);
  return found[0];
}

/** Every control labelled `name` (see {@link byLabel}). */
export function allByLabel(root: ParentNode, name: string): HTMLElement[] {
  const out = new Set<HTMLElement>();
  root.querySelectorAll<HTMLElement>('input[aria-label], select[aria-label], textarea[aria-label], button[aria-label]').forEach((el) => {
    if (el.getAttribute('aria-label') === name) out.add(el);
  });
  root.querySelectorAll<HTMLLabelElement>('label').forEach((label) => {
    const text = label.textContent?.replace(/\s+/g, ' ').trim();
    if (text !== name) return;
    const control = label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector<HTMLElement>('input, select, textarea');
    if (control) out.add(control);
  });
  return [...out];
}

/** The button whose text or aria-label is `name`. */
export function button(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].filter(
    (b) => b.getAttribute('aria-label') === name || (!b.hasAttribute('aria-label') && b.textContent?.trim() === name),
  );
  if (found.length !== 1) throw new Error(`expected one button "${name}", found ${found.length}`);
  return found[0];
}

/**
 * Every control in `root` that lacks an accessible name: inputs, selects, textareas and buttons with neither an
 * aria-label, aria-labelledby, a `<label for>`, a wrapping label, nor (buttons) text.
 */
export function unlabelledControls(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('input, select, textarea, button')].filter((el) => {
    if (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')) return false;
    if (el.tagName === 'BUTTON' && el.textContent?.trim()) return false;
    if (el.id && [...root.querySelectorAll('label')].some((l) => l.htmlFor === el.id && l.textContent?.trim())) return false;
    if (el.closest('label')?.textContent?.trim()) return false;
    return true;
  });
}
