import { createHash } from 'node:crypto';
import type { PageMeasure, PreflightProbe, ProbeDocument, ProbeResult } from './preflightProbe';

/** How many measured pages the cache keeps (oldest dropped first): a few large decks' worth, each a few hundred bytes. */
const MAX_PAGES = 5000;

/**
 * The key of a page's measurement: a SHA-256 over everything its layout depends on: the document around the pages
 * (styles with the theme, embedded fonts, paper size and layout; the deck's language, direction and title), the
 * page's own markup (the rendered slide, its build state, notes text, banner, header, slide position) and its image
 * sources. Any change to one of these is a different key. `shellKey` is the surrounding document's own SHA-256
 * (hashed once a check: the embedded fonts make it hundreds of KB).
 */
function pageKey(shellKey: string, html: string, images: readonly string[]): string {
  const hash = createHash('sha256').update(shellKey).update('\0').update(html);
  for (const src of images) hash.update('\0').update(src);
  return hash.digest('hex');
}

/**
 * A PreflightProbe that remembers each page's measurement, so that the pre-export check lays out only the pages that
 * changed since the last check: the others are answered from the cache (keyed by `pageKey`, so a theme, font or paper
 * change measures every page again). A document that tried a network request is never cached, so its request is
 * reported on every check. Measures through `inner`; shared by every window of the app.
 */
export class CachedPreflightProbe implements PreflightProbe {
  private readonly pages = new Map<string, PageMeasure>();

  constructor(private readonly inner: PreflightProbe) {}

  async measure(doc: ProbeDocument): Promise<ProbeResult> {
    const shellKey = createHash('sha256').update(doc.documentOf('')).digest('hex');
    const keys = doc.pages.map((p) => pageKey(shellKey, p.html, p.images));
    const missing = [...new Set(keys.filter((k) => !this.pages.has(k)))];
    const fresh = new Map<string, PageMeasure>();
    let requests: string[] = [];
    if (missing.length > 0) {
      const pages = missing.map((k) => doc.pages[keys.indexOf(k)]);
      const result = await this.inner.measure({ ...doc, pages });
      requests = result.requests;
      missing.forEach((k, i) => fresh.set(k, result.pages[i]));
      if (requests.length === 0) for (const [k, m] of fresh) this.remember(k, m);
    }
    return { pages: keys.map((k) => fresh.get(k) ?? this.recall(k)), requests };
  }

  private recall(key: string): PageMeasure {
    const m = this.pages.get(key)!;
    // Most recently used last, so that the oldest is dropped first.
    this.pages.delete(key);
    this.pages.set(key, m);
    return m;
  }

  private remember(key: string, m: PageMeasure): void {
    this.pages.set(key, m);
    if (this.pages.size > MAX_PAGES) this.pages.delete(this.pages.keys().next().value!);
  }
}
