/**
 * Binds the handler table into a browser context as `window.api`, with the shape the Electron preload gives it:
 * one function per invoke channel (built from the contract's INVOKE_METHODS), `on(event, cb)` subscriptions that
 * return an unsubscribe function and hand over only the payload, and `pathForFile(file)`. Calls go through one
 * binding that checks the calling frame (`isTrustedSender`: main frame, our origin) and then runs the same
 * `dispatchInvoke` (unknown channel, zod validation, handler, failure data) as Electron's registration.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { EVENT_NAMES, INVOKE_METHODS, ipcFailure, type EventName, type EventPayloads } from '../../../src-shared/ipc';
import { dispatchInvoke } from '../../../src-main/handlers/dispatchInvoke';
import type { HandlerTable } from '../../../src-main/handlers/handlers';
import { isTrustedSender } from '../../../src-main/handlers/trustedSender';

/** Name of the one binding; the init script closes over it and page code should never call it directly. */
const INVOKE_BINDING = '__briefdeckInvoke';

/** Runs in every frame before any page script; builds `window.api` in top frames only (like the preload). */
function installWindowApi(contract: { methods: Record<string, string>; events: readonly string[]; binding: string }): void {
  if (window.top !== window) return;
  const w = window as unknown as Record<string, unknown>;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const dropPaths = new WeakMap<object, string>();
  const api: Record<string, unknown> = {};
  for (const [channel, method] of Object.entries(contract.methods)) {
    api[method] = (request?: unknown) => (w[contract.binding] as (c: string, r: unknown) => Promise<unknown>)(channel, request === undefined ? {} : request);
  }
  api.on = (event: string, callback: (payload: unknown) => void) => {
    if (!contract.events.includes(event)) throw new Error(`unknown event: ${event}`);
    if (typeof callback !== 'function') throw new TypeError('callback must be a function');
    const wrapped = (payload: unknown) => callback(payload);
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(wrapped);
    return () => void listeners.get(event)?.delete(wrapped);
  };
  api.pathForFile = (file: object) => dropPaths.get(file) ?? '';
  Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true, writable: false, configurable: false });
  Object.defineProperty(window, '__briefdeckHarness', {
    value: Object.freeze({
      emit(event: string, payload: unknown) {
        for (const cb of [...(listeners.get(event) ?? [])]) {
          try {
            cb(payload);
          } catch (err) {
            setTimeout(() => {
              throw err;
            });
          }
        }
      },
      registerDrop: (file: object, path: string) => void dropPaths.set(file, path),
    }),
  });
}

export interface ApiBindingOptions {
  handlers: () => HandlerTable;
  /** The app origin, e.g. "http://127.0.0.1:43117". */
  origin: string;
  /** The window id of a page of ours, or undefined for a page the harness did not open. */
  windowIdOf(page: Page): string | undefined;
}

/** Installs the binding and init script on `context`; every page opened afterwards gets `window.api`. */
export async function bindApi(context: BrowserContext, options: ApiBindingOptions): Promise<void> {
  await context.exposeBinding(INVOKE_BINDING, async (source, channel: unknown, args: unknown) => {
    const windowId = options.windowIdOf(source.page);
    const frame = { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() };
    if (windowId === undefined || !isTrustedSender(frame, options.origin)) {
      return ipcFailure('forbidden-sender', `IPC from a frame that is not our main frame: ${frame.url.slice(0, 200)}`);
    }
    const result = await dispatchInvoke(options.handlers(), channel, args, {
      windowId,
      emit: (event, payload) => void emitToPage(source.page, event, payload),
    });
    // Electron's IPC structured-clones every response and rejects what it cannot clone (functions, symbols ...);
    // Playwright's serializer is more lenient, so clone here to fail the same way Electron would.
    return structuredClone(result);
  });
  await context.addInitScript(installWindowApi, { methods: { ...INVOKE_METHODS }, events: [...EVENT_NAMES], binding: INVOKE_BINDING });
}

/**
 * Delivers an event to every `on` subscriber of `page`'s `window.api`. A closed page is ignored, and so is a page
 * that navigates while the event is on its way (a window that is still loading its route: it reads the state itself
 * once loaded, as an Electron window would).
 */
export async function emitToPage<E extends EventName>(page: Page, event: E, payload: EventPayloads[E]): Promise<void> {
  if (page.isClosed()) return;
  await page
    .evaluate(([e, p]) => (window as unknown as { __briefdeckHarness: { emit(e: string, p: unknown): void } }).__briefdeckHarness.emit(e, p), [event, payload] as const)
    .catch((err: unknown) => {
      if (!page.isClosed() && !/Execution context was destroyed/.test(String(err))) throw err;
    });
}
