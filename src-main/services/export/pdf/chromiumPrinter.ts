import { rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, LaunchOptions, Page } from 'playwright-core';
import { findChromium } from './findChromium';
import { PRINT_READY_SELECTOR, type PdfPrinter, type PdfPrintOptions } from './pdfPrinter';

/** Chromium flags for headless printing with no background traffic (docs/stack.md, "Chromium"). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  // Chromium itself looks up Google hosts (sign-in, updates) even with background networking off: seen as DNS
  // queries under strace during a PDF export. Every name resolves to "not found" in the process, so no query leaves
  // the machine; the documents we print need no name (they load from a file, and every request is refused anyway).
  // Chromium's command-line switches: --host-resolver-rules (net/dns/mapped_host_resolver), --disable-features.
  // The rule applies to address literals too: the loopback address stays, for the test harness's local app server.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--disable-features=DnsOverHttps,OptimizationHints,MediaRouter,AutofillServerCommunication',
  '--no-pings',
  '--disable-domain-reliability',
];

/**
 * The options BriefDeck launches Chromium with (playwright-core `chromium.launch`): headless, `CHROMIUM_ARGS`, and
 * `executablePath` (default `findChromium()`: CHROMIUM_PATH, else the usual install locations; throws
 * ChromiumNotFoundError when there is none). The e2e harness and the export tests launch with the same options.
 */
export function chromiumLaunchOptions(executablePath: string = findChromium()): LaunchOptions {
  return { executablePath, args: CHROMIUM_ARGS, headless: true };
}

/**
 * Rejects when the print page can never become ready: an uncaught script error in the print document (its ready
 * script did not run to the end), a renderer crash, or the page closing. This replaces a fixed time limit, so that
 * `readyTimeoutMs: 0` (no limit, for big decks) never waits forever on a broken document. Never resolves otherwise;
 * `dispose()` removes the listeners (the page is reused for the next document).
 */
function pageFailure(page: Page): { promise: Promise<never>; dispose: () => void } {
  const listeners: [string, (arg: Error) => void][] = [];
  const promise = new Promise<never>((_, reject) => {
    listeners.push(['pageerror', (error) => reject(new Error(`the print document failed before it was ready: ${error.message}`))]);
    listeners.push(['crash', () => reject(new Error('the print page crashed before it was ready'))]);
    listeners.push(['close', () => reject(new Error('the print page closed before it was ready'))]);
    for (const [event, fn] of listeners) page.on(event as 'close', fn as () => void);
  });
  promise.catch(() => undefined);
  return { promise, dispose: () => listeners.forEach(([event, fn]) => page.off(event as 'close', fn as () => void)) };
}

/**
 * A promise that rejects with the signal's reason as soon as `signal` aborts (at once if it already has), and never
 * settles otherwise; `dispose()` removes the listener. Without a signal it never settles.
 */
function abortRace(signal: AbortSignal | undefined): { promise: Promise<never>; dispose: () => void } {
  let onAbort = () => undefined as void;
  const promise = new Promise<never>((_, reject) => {
    if (!signal) return;
    onAbort = () => reject(signal.reason ?? new Error('aborted'));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  promise.catch(() => undefined);
  return { promise, dispose: () => signal?.removeEventListener('abort', onAbort) };
}

/** A print document loaded and laid out in the printer's page, ready to measure or print. */
export interface LoadedPrintDocument {
  page: Page;
  /** URLs the document tried to load while it loaded (all refused). */
  requests: string[];
}

/**
 * The CLI's printer: Chromium driven by playwright-core (loaded lazily, on the first print or `launch()`).
 * The page has JavaScript on (the print script fits the slides and marks the page ready) but every request is aborted
 * (`context.route('**', abort)`) except the print document itself: it is written to a private temporary folder
 * (mkdtemp, mode 0700) and loaded from that file, which is removed as soon as it is laid out, so the ~1 MB document
 * is not sent through the DevTools protocol. The count of refused requests is kept in `blockedRequests`.
 * One context and one page serve every document of this printer (measured, printed, chunk after chunk, deck after
 * deck), one at a time; a document that was just measured (`load`, the pre-export check) is printed without loading it
 * again. One `page.pdf` call per document. The wait for the ready attribute rejects as soon as the page fails
 * (`pageFailure`), with or without a time limit.
 */
export class ChromiumPrinter implements PdfPrinter {
  private browser: Promise<Browser> | undefined;
  private session: Promise<{ context: BrowserContext; page: Page }> | undefined;
  private folder: string | undefined;
  private documents = 0;
  private allowed = '';
  private requests: string[] = [];
  /** The document now laid out in the page, if any (its HTML text). */
  private loadedHtml: string | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  /** URLs of requests the page attempted and we refused, across prints (the print document should make none). */
  readonly blockedRequests: string[] = [];

  constructor(private readonly executablePath?: string) {}

  /** Starts Chromium now (so that it boots while the caller renders the deck). Idempotent. */
  launch(): Promise<Browser> {
    this.browser ??= (async () => {
      const options = chromiumLaunchOptions(this.executablePath ?? findChromium());
      const { chromium } = await import('playwright-core');
      return chromium.launch(options);
    })();
    return this.browser;
  }

  /** Runs `task` when no other load or print of this printer is running (they share one page). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The shared context (offline, every request refused but our own print document's file) and its one page. */
  private open(): Promise<{ context: BrowserContext; page: Page }> {
    this.session ??= (async () => {
      const browser = await this.launch();
      const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url === this.allowed) return route.continue();
        this.requests.push(url);
        this.blockedRequests.push(url);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      return { context, page };
    })();
    this.session.catch(() => {
      this.session = undefined;
    });
    return this.session;
  }

  /** Closes the shared page and context after a cancel or failure, so that the next document starts clean. */
  private async reset(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    this.loadedHtml = undefined;
    if (session) await (await session.catch(() => undefined))?.context.close().catch(() => undefined);
  }

  /**
   * Loads `html` in the shared page (from a temporary file) and waits until `<html data-bd-print-ready>`; call inside
   * `exclusive`. Does nothing when that very document is already laid out there. Rejects when the page fails or after
   * `readyTimeoutMs` (0: no limit).
   */
  async load(html: string, readyTimeoutMs = 120_000): Promise<LoadedPrintDocument> {
    const { page } = await this.open();
    if (this.loadedHtml === html) return { page, requests: [...this.requests] };
    this.loadedHtml = undefined;
    this.requests = [];
    this.folder ??= await mkdtemp(join(tmpdir(), 'briefdeck-print-'));
    const file = join(this.folder, `print-${++this.documents}.html`);
    await writeFile(file, html, { mode: 0o600 });
    this.allowed = pathToFileURL(file).href;
    const failed = pageFailure(page);
    try {
      await Promise.race([
        (async () => {
          await page.goto(this.allowed, { waitUntil: 'load', timeout: readyTimeoutMs });
          await page.waitForSelector(PRINT_READY_SELECTOR, { state: 'attached', timeout: readyTimeoutMs });
        })(),
        failed.promise,
      ]);
    } finally {
      failed.dispose();
      this.allowed = '';
      await rm(file, { force: true });
    }
    this.loadedHtml = html;
    return { page, requests: [...this.requests] };
  }

  print(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    return this.exclusive(async () => {
      options.signal?.throwIfAborted();
      // Cancel: the print rejects at once (`abortRace`), and the context is closed. Closing the context alone is not
      // enough: a `newPage()` still pending when its context closes never settles (seen with playwright-core 1.65).
      const aborted = abortRace(options.signal);
      try {
        return await Promise.race([this.printLoaded(html, options), aborted.promise]);
      } catch (error) {
        await this.reset();
        options.signal?.throwIfAborted();
        throw error;
      } finally {
        aborted.dispose();
      }
    });
  }

  /** Loads `html` (unless it is laid out already), waits for the print view to be ready, and prints it once. */
  private async printLoaded(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    const { page } = await this.load(html, options.readyTimeoutMs ?? 120_000);
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
      outline: options.outline,
      tagged: options.tagged ?? options.outline,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  }

  async close(): Promise<void> {
    const pending = this.browser;
    this.browser = undefined;
    this.session = undefined;
    this.loadedHtml = undefined;
    if (this.folder) rmSync(this.folder, { recursive: true, force: true });
    this.folder = undefined;
    if (pending) await (await pending.catch(() => undefined))?.close();
  }
}
