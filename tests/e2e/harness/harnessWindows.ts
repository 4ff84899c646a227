/**
 * The harness's AppWindows: each app window is a page of one browser context (the main window is "main"; presenting
 * opens "audience-1", "presenter-1" ...). Pages get `window.api` from the context's init script; the binding finds
 * the window id of a page through `windowIdOf`.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { AppWindows, OpenWindowOptions } from '../../../src-main/services/ports/appWindows';
import { emitToPage } from './apiBinding';

export interface HarnessWindows extends AppWindows {
  /** Registers a page opened by the fixture itself (the main window). */
  register(windowId: string, page: Page): void;
  windowIdOf(page: Page): string | undefined;
  /** The page of an open window. */
  page(windowId: string): Page | undefined;
  /** Resolves with the page of the next window opened with `role` (or an open one, if there is one already). */
  waitForWindow(role: OpenWindowOptions['role'], timeoutMs?: number): Promise<Page>;
}

export function createHarnessWindows(context: BrowserContext, appUrl: string): HarnessWindows {
  const pages = new Map<string, Page>();
  const ids = new WeakMap<Page, string>();
  const closedListeners = new Set<(windowId: string) => void>();
  const waiters: { role: string; resolve(p: Page): void }[] = [];
  let counter = 0;

  function register(windowId: string, page: Page): void {
    pages.set(windowId, page);
    ids.set(page, windowId);
    page.once('close', () => {
      if (pages.get(windowId) !== page) return;
      pages.delete(windowId);
      for (const l of [...closedListeners]) l(windowId);
    });
  }

  return {
    register,
    windowIdOf: (page) => ids.get(page),
    page: (windowId) => pages.get(windowId),
    async open(options) {
      const windowId = `${options.role}-${++counter}`;
      const page = await context.newPage();
      register(windowId, page);
      await page.goto(`${appUrl}${options.route.startsWith('#') ? options.route : `#${options.route}`}`);
      for (const w of waiters.splice(0).filter((x) => x.role === options.role)) w.resolve(page);
      return windowId;
    },
    async close(windowId) {
      const page = pages.get(windowId);
      if (page && !page.isClosed()) await page.close();
    },
    list: () => [...pages.keys()],
    broadcast(event, payload) {
      for (const page of pages.values()) void emitToPage(page, event, payload);
    },
    onClosed(listener) {
      closedListeners.add(listener);
      return () => void closedListeners.delete(listener);
    },
    waitForWindow(role, timeoutMs = 10_000) {
      const open = [...pages.entries()].find(([id]) => id.startsWith(`${role}-`));
      if (open) return Promise.resolve(open[1]);
      return new Promise<Page>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${role} window opened within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ role, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
  };
}
