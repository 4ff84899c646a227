import type { BrowserContext, Page } from 'playwright-core';
import type { ChromiumPrinter } from '../pdf/chromiumPrinter';
import { PRINT_READY_SELECTOR } from '../pdf/pdfPrinter';
import { FIT_SLIDES_JS } from '../../../../src-shared/render/document/revealInitScript';

/** What the browser measured on one printed page (`.bd-page`), by slide. */
export interface PageMeasure {
  /** Ids (`data-slide-id`) of the page's slides whose content still overflows at the smallest fit (64%), or sideways. */
  overflow: string[];
  /** The page's slides whose content was shrunk to fit, with the zoom used (0..1). */
  shrunk: { slideId: string; zoom: number }[];
  /** Deck slide indexes whose notes box on this page overflows. */
  notesOverflow: number[];
  /** Indexes (into the page's `images`) of images that the browser cannot decode. */
  brokenImages: number[];
}

/** One printed page to measure: its markup (one `.bd-page`) and the image sources on it (background images). */
export interface ProbePage {
  html: string;
  images: readonly string[];
}

/**
 * A few pages of one print document: `documentOf(pagesHtml)` the whole document around some pages' markup
 * (buildPrintDocumentParts: head, styles with the theme, fonts and paper, print script), and the pages to measure.
 */
export interface ProbeDocument {
  documentOf(pagesHtml: string): string;
  pages: readonly ProbePage[];
}

/** The measurements of `ProbeDocument.pages`, one a page in order, and the URLs the document tried to load (all refused). */
export interface ProbeResult {
  pages: PageMeasure[];
  requests: string[];
}

/** The browser side of the pre-export check: lays the pages out offline, at their page size, and measures them. */
export interface PreflightProbe {
  measure(document: ProbeDocument): Promise<ProbeResult>;
}

/**
 * The measuring script, run in the page once the pages are in and `bdFit` has run: for each `.bd-page` in order,
 * reads `data-bd-overflow` and the zoom `bdFit` left on each slide's content, sideways overflow, the notes boxes
 * that overflow (the print script's own test), and decodes each page's images with `HTMLImageElement.decode()`.
 */
export async function measureInPage(images: readonly (readonly string[])[]): Promise<PageMeasure[]> {
  const pages = Array.from(document.querySelectorAll<HTMLElement>('.bd-page'));
  const result: PageMeasure[] = [];
  for (let k = 0; k < pages.length; k++) {
    const overflow = new Set<string>();
    const shrunk = new Map<string, number>();
    for (const section of Array.from(pages[k].querySelectorAll('section[data-slide-id]'))) {
      const id = section.getAttribute('data-slide-id') ?? '';
      const content = section.querySelector<HTMLElement>('.bd-content');
      if (!content) continue;
      if (content.hasAttribute('data-bd-overflow') || content.scrollWidth > content.clientWidth + 1) overflow.add(id);
      const zoom = Number((content.firstElementChild as HTMLElement | null)?.style.zoom || 1);
      if (zoom < 1) shrunk.set(id, Math.min(zoom, shrunk.get(id) ?? 1));
    }
    const notes = new Set<number>();
    for (const box of Array.from(pages[k].querySelectorAll<HTMLElement>('.bd-notes-text,.bd-side-notes'))) {
      if (box.scrollHeight > box.clientHeight + 1) notes.add(Number(box.getAttribute('data-slide')));
    }
    const brokenImages: number[] = [];
    const srcs = images[k] ?? [];
    for (let i = 0; i < srcs.length; i++) {
      const img = new Image();
      img.src = srcs[i];
      await img.decode().catch(() => brokenImages.push(i));
    }
    result.push({ overflow: [...overflow], shrunk: [...shrunk].map(([slideId, zoom]) => ({ slideId, zoom })), notesOverflow: [...notes], brokenImages });
  }
  return result;
}

/**
 * Replaces the pages of the warm print document with `html` (markup only: inserted HTML never runs a script), then
 * waits for the fonts it uses and for its images to load or fail (as the `load` event of a fresh document would).
 */
async function swapPagesInPage(html: string): Promise<void> {
  for (const old of Array.from(document.querySelectorAll('.bd-page'))) old.remove();
  document.body.insertAdjacentHTML('afterbegin', html);
  const pending = Array.from(document.images).filter((img) => !img.complete);
  await Promise.all(pending.map((img) => new Promise((settle) => ['load', 'error'].forEach((type) => img.addEventListener(type, settle, { once: true })))));
  await document.fonts.ready;
}

/** The warm page: one context and page kept open between checks, holding the print document `shell` (no pages). */
interface WarmPage {
  context: BrowserContext;
  page: Page;
  shell: string;
  requests: string[];
}

/**
 * A PreflightProbe over the CLI's / tests' Chromium (the printer's browser; every request refused and counted).
 * Keeps one page warm between checks: the print document without its pages (head, styles, fonts) is loaded once,
 * and again only when it changes (theme, fonts, paper, the deck's language, direction or title); each check swaps in just the pages to measure and runs the print script's fit
 * (`bdFit`) on them. Checks run one at a time. A closed or crashed page is replaced on the next check.
 */
export class ChromiumPreflightProbe implements PreflightProbe {
  private warm: WarmPage | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly printer: ChromiumPrinter) {}

  measure(doc: ProbeDocument): Promise<ProbeResult> {
    const run = this.queue.then(() => this.measureNow(doc));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Opens the warm page early (so that the first check does not wait for it). Never rejects. */
  async prepare(doc: Pick<ProbeDocument, 'documentOf'>): Promise<void> {
    await this.measure({ ...doc, pages: [] }).catch(() => undefined);
  }

  /** Closes the warm page (the printer's browser stays; `printer.close()` ends it). */
  async close(): Promise<void> {
    const warm = this.warm;
    this.warm = undefined;
    await warm?.context.close().catch(() => undefined);
  }

  private async warmPage(doc: ProbeDocument): Promise<WarmPage> {
    if (this.warm && (this.warm.page.isClosed() || !this.warm.context.browser()?.isConnected())) await this.close();
    if (!this.warm) {
      const browser = await this.printer.launch();
      const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
      const requests: string[] = [];
      await context.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      page.once('crash', () => void this.close());
      await page.emulateMedia({ media: 'print' });
      this.warm = { context, page, shell: '', requests };
    }
    const warm = this.warm;
    const shell = doc.documentOf('');
    if (warm.shell !== shell) {
      warm.shell = '';
      await warm.page.setContent(shell, { waitUntil: 'load', timeout: 0 });
      await warm.page.waitForSelector(PRINT_READY_SELECTOR, { state: 'attached', timeout: 0 });
      warm.shell = shell;
    }
    return warm;
  }

  private async measureNow(doc: ProbeDocument): Promise<ProbeResult> {
    const warm = await this.warmPage(doc);
    warm.requests.length = 0;
    if (doc.pages.length === 0) return { pages: [], requests: [] };
    try {
      await warm.page.evaluate(swapPagesInPage, doc.pages.map((p) => p.html).join('\n'));
      // The print script's own fit, as a function expression over the document (the page's CSP lets only the print
      // script's hash run; a DevTools evaluation is not a page script).
      await warm.page.evaluate(`(${FIT_SLIDES_JS})(document)`);
      const pages = await warm.page.evaluate(measureInPage, doc.pages.map((p) => p.images));
      return { pages, requests: [...warm.requests] };
    } catch (err) {
      await this.close();
      throw err;
    }
  }
}
