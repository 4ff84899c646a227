/**
 * The Playwright fixture for end-to-end tests: the real renderer (out/renderer, served over http on 127.0.0.1 by
 * `resolveAppRequest`) against the real main-process handler table (`createHandlers(createServices(...))` over temp
 * dirs, PDF export through a real Chromium `ChromiumPrinter`), bound into the page as `window.api`. Only the transport differs from Electron.
 *
 *   import { test, expect } from './harness/fixture';
 *   test('saves', async ({ app }) => {
 *     app.dialogs.queueSave(app.filePath('deck.briefdeck'));
 *     await app.page.keyboard.press('Control+S');
 *     expect(JSON.parse(await app.readText('deck.briefdeck')).title).toBe('...');
 *   });
 *
 * Every test fails at teardown if any request left the app's origin, or a dialog was shown with no queued answer.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { chromium, expect, test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { EventName, EventPayloads, MenuCommand } from '../../../src-shared/ipc';
import { createMemoryShell } from '../../../src-main/services/ports/appShell';
import { createHandlers, type HandlerTable } from '../../../src-main/handlers/handlers';
import type { Services } from '../../../src-main/services/ports/serviceTypes';
import { createServices } from '../../../src-main/services/services';
import { ChromiumPrinter } from '../../../src-main/services/export/pdf/chromiumPrinter';
import { bindApi, emitToPage } from './apiBinding';
import { startAppServer, type AppServer } from './appServer';
import { chromiumLaunchOptions } from './chromiumLaunch';
import { dropFileOnPage } from './dropFile';
import { createHarnessWindows, type HarnessWindows } from './harnessWindows';
import { guardNetwork } from './networkGuard';
import { createQueuedDialogs, type QueuedDialogs } from './queuedDialogs';
import './windowApi';

/** The repository root (tests/e2e/harness -> ../../..). */
export const REPO_ROOT = resolve(__dirname, '../../..');
export const RENDERER_DIR = join(REPO_ROOT, 'out/renderer');
export const TEMPLATES_DIR = join(REPO_ROOT, 'templates');

/** What a test gets as `app`. */
export interface BriefDeckApp {
  /** The main (editor) window, loaded and with `window.api` bound. */
  page: Page;
  context: BrowserContext;
  /** e.g. "http://127.0.0.1:43117"; the app's URL is `${origin}/index.html`. */
  origin: string;
  services: Services;
  handlers: HandlerTable;
  /** Queue answers for the OS dialogs (open, save, confirm) and read what was shown. */
  dialogs: QueuedDialogs;
  /** What the renderer told the shell: `shell.state('main')` -> { title, dirty, undoLabels, closed }. */
  shell: ReturnType<typeof createMemoryShell>;
  /** App windows: `windows.page('main')`, `await windows.waitForWindow('audience')`. */
  windows: HarnessWindows;
  /** Temp folders: `userData` (recent list, recovery copies) and `files` (decks and exports of this test). */
  dirs: { base: string; userData: string; files: string };
  /** An absolute path in `dirs.files` (relative names) or `name` itself when absolute. */
  filePath(name: string): string;
  /** Writes a file in `dirs.files`; returns its absolute path. */
  writeFile(name: string, data: string | Uint8Array): Promise<string>;
  readFile(name: string): Promise<Buffer>;
  readText(name: string): Promise<string>;
  /** Sends a main -> renderer event to a window ("main" by default). */
  emit<E extends EventName>(event: E, payload: EventPayloads[E], windowId?: string): Promise<void>;
  /** Sends a native-menu command to the main window, as the File / Edit / View menus do. */
  menu(command: MenuCommand): Promise<void>;
  /** Drops a file on the main window (default target: body). */
  dropFile(path: string, selector?: string): Promise<void>;
  /**
   * Quits and starts again: closes every window without saving, builds fresh services over the SAME userData dir
   * (as a new process would) and opens the main window. Returns the new main page (also `app.page`).
   */
  relaunch(): Promise<Page>;
  /** URLs of requests that tried to leave the app's origin (refused). */
  readonly externalRequests: string[];
  /** Console errors and uncaught page errors of every window, for diagnosis. */
  readonly consoleErrors: string[];
}

interface WorkerFixtures {
  harnessBrowser: Browser;
  appServer: AppServer;
  /**
   * The PDF printer and pre-export probe of every test in a worker: one Chromium, started on the first print. Each
   * print and each measure opens a context of its own (ChromiumPrinter), so tests share the process and nothing else;
   * a Chromium launched per test was a large part of the suite's time.
   */
  harnessPrinter: ChromiumPrinter;
}

async function openMainWindow(context: BrowserContext, windows: HarnessWindows, appUrl: string, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  windows.register('main', page);
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(appUrl);
  return page;
}

export const test = base.extend<{ app: BriefDeckApp }, WorkerFixtures>({
  harnessBrowser: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here
    async ({}, use) => {
      const browser = await chromium.launch(chromiumLaunchOptions());
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  harnessPrinter: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here
    async ({}, use) => {
      const printer = new ChromiumPrinter(chromiumLaunchOptions().executablePath);
      await use(printer);
      await printer.close();
    },
    { scope: 'worker' },
  ],
  appServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here
    async ({}, use) => {
      const server = await startAppServer(RENDERER_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ harnessBrowser, appServer, harnessPrinter: printer }, use) => {
    const dirsBase = await mkdtemp(join(tmpdir(), 'briefdeck-e2e-'));
    const dirs = { base: dirsBase, userData: join(dirsBase, 'userData'), files: join(dirsBase, 'files') };
    await mkdir(dirs.userData, { recursive: true });
    await mkdir(dirs.files, { recursive: true });
    const appUrl = `${appServer.origin}/index.html`;
    const consoleErrors: string[] = [];
    const dialogs = createQueuedDialogs();

    let context!: BrowserContext;
    let windows!: HarnessWindows;
    let shell!: ReturnType<typeof createMemoryShell>;
    let services!: Services;
    let handlers!: HandlerTable;
    // The shared printer's refused requests before this test: only the ones after it are this test's.
    let printerRequestsBefore = printer.blockedRequests.length;
    let externalRequests: string[] = [];
    const allExternal: string[] = [];

    async function start(): Promise<Page> {
      context = await harnessBrowser.newContext({ viewport: { width: 1280, height: 800 } });
      externalRequests = await guardNetwork(context, appServer.origin);
      windows = createHarnessWindows(context, appUrl);
      shell = createMemoryShell((windowId) => void windows.close(windowId));
      printerRequestsBefore = printer.blockedRequests.length;
      services = createServices({ templatesDir: TEMPLATES_DIR, userDataDir: dirs.userData, printer, dialogs, shell, windows });
      handlers = createHandlers(services);
      await bindApi(context, { handlers: () => handlers, origin: appServer.origin, windowIdOf: (p) => windows.windowIdOf(p) });
      return openMainWindow(context, windows, appUrl, consoleErrors);
    }
    async function stop(): Promise<void> {
      allExternal.push(...externalRequests, ...printer.blockedRequests.slice(printerRequestsBefore));
      await context.close();
    }

    const filePath = (name: string) => (isAbsolute(name) ? name : join(dirs.files, name));
    const app: BriefDeckApp = {
      page: await start(),
      get context() {
        return context;
      },
      origin: appServer.origin,
      get services() {
        return services;
      },
      get handlers() {
        return handlers;
      },
      dialogs,
      get shell() {
        return shell;
      },
      get windows() {
        return windows;
      },
      dirs,
      filePath,
      writeFile: async (name, data) => {
        const p = filePath(name);
        await writeFile(p, data);
        return p;
      },
      readFile: (name) => readFile(filePath(name)),
      readText: (name) => readFile(filePath(name), 'utf8'),
      emit: async (event, payload, windowId = 'main') => {
        const page = windows.page(windowId);
        if (!page) throw new Error(`no open window ${windowId}`);
        await emitToPage(page, event, payload);
      },
      menu: (command) => app.emit('menu:command', command),
      dropFile: (path, selector) => dropFileOnPage(app.page, path, selector),
      relaunch: async () => {
        await stop();
        app.page = await start();
        return app.page;
      },
      get externalRequests() {
        return [...allExternal, ...externalRequests];
      },
      consoleErrors,
    };

    await use(app);

    await stop();
    await rm(dirs.base, { recursive: true, force: true });
    expect(app.externalRequests, 'requests that left the app origin (the app must make zero network requests)').toEqual([]);
    expect(dialogs.unexpected.map((d) => `${d.kind}: ${'title' in d.options ? d.options.title : d.options.message}`), 'dialogs shown with no queued answer').toEqual([]);
  },
});

export { expect };
