import type { ChromiumPrinter } from '../pdf/chromiumPrinter';
import { PRINT_READY_SELECTOR } from '../pdf/pdfPrinter';

/** What the browser measured in a print document, by slide id (`data-slide-id`). */
export interface LayoutMeasure {
  /** Slides whose content still overflows at the smallest fit (64%), or overflows sideways. */
  overflow: string[];
  /** Slides whose content was shrunk to fit, with the zoom used (0..1). */
  shrunk: { slideId: string; zoom: number }[];
  /** Deck slide indexes whose notes box overflows. */
  notesOverflow: number[];
  /** URLs the document tried to load (all refused). */
  requests: string[];
  /** Indexes (into the given list) of images that the browser cannot decode. */
  brokenImages: number[];
}

/** The browser side of the pre-export check: loads a print document offline and measures it. */
export interface PreflightProbe {
  measure(html: string, images: readonly string[]): Promise<LayoutMeasure>;
}

/**
 * The measuring script, run in the page once `<html data-bd-print-ready>` is set (fonts loaded, `bdFit` done): reads
 * `data-bd-overflow` and the zoom `bdFit` left on each slide's content, sideways overflow, the notes-overflow list,
 * and decodes each image with `HTMLImageElement.decode()`. Self-contained (no closure), so that adapters can send it
 * to the page as source text: Playwright's `page.evaluate`, Electron's `executeJavaScript` (WindowPreflightProbe).
 */
export async function measureInPage(images: readonly string[]): Promise<Omit<LayoutMeasure, 'requests'>> {
  const overflow = new Set<string>();
  const shrunk = new Map<string, number>();
  for (const section of Array.from(document.querySelectorAll('section[data-slide-id]'))) {
    const id = section.getAttribute('data-slide-id') ?? '';
    const content = section.querySelector<HTMLElement>('.bd-content');
    if (!content) continue;
    if (content.hasAttribute('data-bd-overflow') || content.scrollWidth > content.clientWidth + 1) overflow.add(id);
    const zoom = Number((content.firstElementChild as HTMLElement | null)?.style.zoom || 1);
    if (zoom < 1) shrunk.set(id, Math.min(zoom, shrunk.get(id) ?? 1));
  }
  const notes = (document.documentElement.getAttribute('data-bd-notes-overflow') ?? '').split(' ').filter(Boolean).map(Number);
  const brokenImages: number[] = [];
  for (let i = 0; i < images.length; i++) {
    const img = new Image();
    img.src = images[i];
    await img.decode().catch(() => brokenImages.push(i));
  }
  return { overflow: [...overflow], shrunk: [...shrunk].map(([slideId, zoom]) => ({ slideId, zoom })), notesOverflow: [...new Set(notes)], brokenImages };
}

/** A PreflightProbe over the CLI's / tests' Chromium (the printer's browser; every request refused and counted). */
export class ChromiumPreflightProbe implements PreflightProbe {
  constructor(private readonly printer: ChromiumPrinter) {}

  async measure(html: string, images: readonly string[]): Promise<LayoutMeasure> {
    const browser = await this.printer.launch();
    const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
    const requests: string[] = [];
    try {
      await context.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      await page.setContent(html, { waitUntil: 'load', timeout: 0 });
      await page.waitForSelector(PRINT_READY_SELECTOR, { state: 'attached', timeout: 0 });
      const measured = await page.evaluate(measureInPage, images);
      return { ...measured, requests };
    } finally {
      await context.close().catch(() => undefined);
    }
  }
}
