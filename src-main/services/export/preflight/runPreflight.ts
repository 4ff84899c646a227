import type { Deck } from '../../../../src-shared/deck';
import { exportFindings, slideName, staticPreflight, tradecraftIssues, type ExportOptions, type PreflightIssue } from '../../../../src-shared/export';
import type { ArgumentMap } from '../../../../src-shared/sources/argumentMap';
import { buildPrintDocument, exportedSlideIndexes } from '../../../../src-shared/print';
import { deckFontTheme } from '../../../../src-shared/render';
import { loadDeckAssets } from '../assets/deckAssets';
import type { PreflightProbe } from './preflightProbe';

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
  const issues = [...staticPreflight(deck, options), ...tradecraftIssues(exportFindings(deck, options, argumentMaps))];
  if (probe) {
    const printOptions: ExportOptions = options.format === 'pdf' ? options : { ...options, format: 'pdf', paper: '16:9', pdfLayout: 'slides', builds: 'final' };
    const { html } = buildPrintDocument(deck, printOptions, loadDeckAssets(deckFontTheme(deck), false));
    const indexes = exportedSlideIndexes(deck, printOptions);
    const withImages = indexes.filter((i) => deck.slides[i].background);
    const measure = await probe.measure(html, withImages.map((i) => deck.slides[i].background!.src));
    const indexOf = (id: string) => deck.slides.findIndex((s) => s.id === id);
    for (const id of measure.overflow) {
      const i = indexOf(id);
      issues.push({ kind: 'overflow', severity: 'error', slideIndex: i, message: `${slideName(deck, i)}: the text does not fit the slide, even shrunk to 64%; shorten it or split the slide.` });
    }
    for (const { slideId, zoom } of measure.shrunk) {
      if (measure.overflow.includes(slideId)) continue;
      const i = indexOf(slideId);
      issues.push({ kind: 'overflow', severity: 'warning', slideIndex: i, message: `${slideName(deck, i)}: the text is shrunk to ${Math.round(zoom * 100)}% to fit the slide.` });
    }
    for (const i of measure.notesOverflow) issues.push({ kind: 'overflow', severity: 'error', slideIndex: i, message: `${slideName(deck, i)}: the speaker notes do not fit their box on the page.` });
    for (const k of measure.brokenImages) issues.push({ kind: 'image', severity: 'error', slideIndex: withImages[k], message: `${slideName(deck, withImages[k])}: the background image cannot be read.` });
    for (const url of measure.requests) issues.push({ kind: 'network', severity: 'error', slideIndex: null, message: `The export would request ${url.length > 80 ? `${url.slice(0, 77)}…` : url}; it was blocked.` });
  }
  const order = (x: PreflightIssue) => (x.slideIndex ?? -1) * 2 + (x.severity === 'error' ? 0 : 1);
  return issues.sort((a, b) => order(a) - order(b));
}
