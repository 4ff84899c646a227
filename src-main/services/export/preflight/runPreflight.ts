import type { Deck } from '../../../../src-shared/deck';
import { exportFindings, slideName, staticPreflight, tradecraftIssues, type ExportOptions, type PreflightIssue } from '../../../../src-shared/export';
import type { ArgumentMap } from '../../../../src-shared/sources/argumentMap';
import { buildPrintDocumentParts, type PrintPage } from '../../../../src-shared/print';
import { deckFontTheme } from '../../../../src-shared/render';
import { loadDeckAssets } from '../assets/deckAssets';
import type { PreflightProbe, ProbeResult } from './preflightProbe';

/** Deck slide indexes whose slide is drawn on `page` (a notes page draws none). */
function slidesOnPage(page: PrintPage): number[] {
  if (page.kind === 'handout') return page.cells.map((c) => c.slide);
  return page.kind === 'notes' ? [] : [page.slide];
}

/**
 * The per-page measurements as one, by slide: overflowing slide ids, the smallest zoom of each shrunk slide, slides
 * whose notes overflow, and slides (deck indexes) whose background image cannot be read; each once, in page order.
 */
function mergePages(result: ProbeResult, images: readonly number[][]) {
  const overflow = new Set<string>();
  const shrunk = new Map<string, number>();
  const notesOverflow = new Set<number>();
  const brokenImages = new Set<number>();
  result.pages.forEach((page, k) => {
    page.overflow.forEach((id) => overflow.add(id));
    for (const { slideId, zoom } of page.shrunk) shrunk.set(slideId, Math.min(zoom, shrunk.get(slideId) ?? 1));
    page.notesOverflow.forEach((i) => notesOverflow.add(i));
    page.brokenImages.forEach((n) => brokenImages.add(images[k][n]));
  });
  return { overflow, shrunk, notesOverflow, brokenImages };
}

/**
 * The pre-export check: the static checks (uncited claims, characters no bundled font covers), the tradecraft
 * findings on the exported slides (checked against `argumentMaps`; marking errors refuse the export) and, with a
 * probe, the browser's measurements of the export's own print document at its page size (PDF: the chosen paper and
 * layout; other formats: slides at 16:9): text that overflows its slide or is shrunk to fit, notes that overflow,
 * images that cannot be decoded, and any request the document tries to make. Issues are ordered by slide, errors
 * first within a slide; each names its slide (`slideIndex`, 0-based into deck.slides) so the dialog can jump to it.
 * Never modifies the deck.
 */
export async function runPreflight(deck: Deck, options: ExportOptions, probe?: PreflightProbe, argumentMaps: readonly ArgumentMap[] = []): Promise<PreflightIssue[]> {
  // The browser lays the pages out while Node runs the static and tradecraft checks.
  let measuring: { result: Promise<ProbeResult>; images: number[][] } | null = null;
  if (probe) {
    const printOptions: ExportOptions = options.format === 'pdf' ? options : { ...options, format: 'pdf', paper: '16:9', pdfLayout: 'slides', builds: 'final' };
    const parts = buildPrintDocumentParts(deck, printOptions, loadDeckAssets(deckFontTheme(deck), false));
    const images = parts.plan.map((page) => slidesOnPage(page).filter((i) => deck.slides[i].background));
    const result = probe.measure({ ...parts, pages: parts.pages.map((html, k) => ({ html, images: images[k].map((i) => deck.slides[i].background!.src) })) });
    result.catch(() => undefined);
    measuring = { result, images };
  }
  const issues = [...staticPreflight(deck, options), ...tradecraftIssues(exportFindings(deck, options, argumentMaps))];
  if (measuring) {
    const result = await measuring.result;
    const measure = mergePages(result, measuring.images);
    const indexOf = (id: string) => deck.slides.findIndex((s) => s.id === id);
    for (const id of measure.overflow) {
      const i = indexOf(id);
      issues.push({ kind: 'overflow', severity: 'error', slideIndex: i, message: `${slideName(deck, i)}: the text does not fit the slide, even shrunk to 64%; shorten it or split the slide.` });
    }
    for (const [slideId, zoom] of measure.shrunk) {
      if (measure.overflow.has(slideId)) continue;
      const i = indexOf(slideId);
      issues.push({ kind: 'overflow', severity: 'warning', slideIndex: i, message: `${slideName(deck, i)}: the text is shrunk to ${Math.round(zoom * 100)}% to fit the slide.` });
    }
    for (const i of measure.notesOverflow) issues.push({ kind: 'overflow', severity: 'error', slideIndex: i, message: `${slideName(deck, i)}: the speaker notes do not fit their box on the page.` });
    for (const i of measure.brokenImages) issues.push({ kind: 'image', severity: 'error', slideIndex: i, message: `${slideName(deck, i)}: the background image cannot be read.` });
    for (const url of result.requests) issues.push({ kind: 'network', severity: 'error', slideIndex: null, message: `The export would request ${url.length > 80 ? `${url.slice(0, 77)}…` : url}; it was blocked.` });
  }
  const order = (x: PreflightIssue) => (x.slideIndex ?? -1) * 2 + (x.severity === 'error' ? 0 : 1);
  return issues.sort((a, b) => order(a) - order(b));
}
