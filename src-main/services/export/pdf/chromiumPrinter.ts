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
 * `readyTimeoutMs: 0` (no limit, for big decks) never waits forever on a broken document. Never resolves otherwise.
 */
function pageFailure(page: Page): Promise<never> {
  const failed = new Promise<never>((_, reject) => {
    page.once('pageerror', (error) => reject(new Error(`the print document failed before it was ready: ${error.message}`)));
    page.once('crash', () => reject(new Error('the print page crashed before it was ready')));
    page.once('close', () => reject(new Error('the print page closed before it was ready')));
  });
  failed.catch(() => undefined);
  return failed;
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

/**
 * The CLI's printer: Chromium driven by playwright-core (loaded lazily, on the first print or `launch()`).
 * The page has JavaScript on (reveal.js lays out the print view) but every network request is aborted
 * (`page.route('**', abort)`; the document itself is given with `setContent`, so it needs no request), and the count
 * of refused requests is kept in `blockedRequests`. One `page.pdf` call per deck. The wait for the ready attribute
 * rejects as soon as the page fails (`pageFailure`), with or without a time limit.
 */
export class ChromiumPrinter implements PdfPrinter {
  private browser: Promise<Browser> | undefined;
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

  async print(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    const browser = await this.launch();
    options.signal?.throwIfAborted();
    const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
    // Cancel: the print rejects at once (`abortRace`), and the context is closed. Closing the context alone is not
    // enough: a `newPage()` still pending when its context closes never settles (seen with playwright-core 1.65).
    const aborted = abortRace(options.signal);
    try {
      return await Promise.race([this.printIn(context, html, options), aborted.promise]);
    } catch (error) {
      options.signal?.throwIfAborted();
      throw error;
    } finally {
      aborted.dispose();
      await context.close().catch(() => undefined);
    }
  }

  /** Loads `html` in a new page of `context`, waits for the print view to be ready, and prints it once. */
  private async printIn(context: BrowserContext, html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    await context.route('**/*', (route) => {
      this.blockedRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const timeout = options.readyTimeoutMs ?? 120_000;
    const failed = pageFailure(page);
    await Promise.race([
      (async () => {
        await page.setContent(html, { waitUntil: 'load', timeout });
        await page.waitForSelector(PRINT_READY_SELECTOR, { state: 'attached', timeout });
      })(),
      failed,
    ]);
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
    if (pending) await (await pending.catch(() => undefined))?.close();
  }
}
