import type { Deck, Slide } from '../deck';
import { slideFigures } from '../deck/slideFigures';
import { parseUnicodeRange, themeFontFiles } from '../render/themes/fontFiles';
import { exportedSlideIndexes, exportsNotes } from '../print';
import type { ExportOptions } from './exportOptions';
import { slideLinkIssues } from '../links/slideLinkPreflight';
import { emptySlideIssues } from './emptySlideChecks';
import type { PreflightIssue } from './preflightIssue';

// The finding's type has a file of its own, so that the checks in other folders (links/) can name it without a cycle.
export type { PreflightIssue };

/** "Slide 3 “Context”" (1-based position in the deck). */
export function slideName(deck: Deck, index: number): string {
  const title = deck.slides[index]?.title.trim() ?? '';
  return `Slide ${index + 1}${title ? ` “${title.length > 50 ? `${title.slice(0, 47)}…` : title}”` : ''}`;
}

/** The claims of a slide that have no citation of their own, when the slide has none either (texts, in order). */
export function uncitedClaims(slide: Slide): string[] {
  if (slide.citations.length > 0) return [];
  const items = (list: readonly { text?: string; event?: string; citations?: unknown[] }[]) =>
    list.filter((i) => (i.text ?? i.event ?? '').trim() !== '' && (i.citations?.length ?? 0) === 0).map((i) => (i.text ?? i.event ?? '').trim());
  switch (slide.layout) {
    case 'bluf': return [...(slide.bluf.trim() !== '' && slide.judgments.every((j) => !j.citations?.length) ? [slide.bluf.trim()] : []), ...items(slide.judgments)];
    case 'bullets': return items(slide.bullets);
    case 'two-column': return items([...slide.left.bullets, ...slide.right.bullets]);
    case 'timeline': return items(slide.entries);
    case 'table': return slide.rows.some((r) => r.some((c) => c.trim() !== '')) ? [slide.title.trim() || 'table'] : [];
    case 'quote': return slide.quote.trim() !== '' ? [slide.quote.trim()] : [];
    // A chart's numbers are reporting from somewhere: they need a citation like any other claim.
    case 'chart': return slide.rows.some((r) => r.slice(1).some((c) => c.trim() !== '')) ? [slide.title.trim() || 'chart data'] : [];
    case 'map': return slide.map.highlights.some((h) => h.role.trim() !== '') || slide.map.lines.some((l) => l.label.trim() !== '') ? [slide.title.trim() || 'map'] : [];
    default: return [];
  }
}

/** Every string a slide prints (titles, bullets, cells, quotes…; not ids, citations or image data). */
function slideStrings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['id', 'src', 'layout', 'sourceId', 'claimId', 'confidence', 'notes'].includes(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => slideStrings(v, key === 'argumentIds' || key === 'citations' ? 'id' : ''));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (k === 'citations' || k === 'argumentIds' ? [] : slideStrings(v, k)));
  return [];
}

/**
 * The characters of each exported slide that no bundled font has (outside every unicode-range of the @fontsource
 * subsets of the deck's theme; `fontFiles.ts`), as `font` errors, one per slide, in slide order. Notes count when
 * the PDF prints them. Used by staticPreflight and by the PDF export's refusal (fontRefusal.ts).
 */
export function uncoveredCharacterIssues(deck: Deck, options: ExportOptions): PreflightIssue[] {
  const ranges = themeFontFiles(deck.theme).flatMap((f) => parseUnicodeRange(f.unicodeRange));
  const covered = (cp: number) => cp < 0x20 || ranges.some(([a, b]) => cp >= a && cp <= b);
  return exportedSlideIndexes(deck, options).flatMap((i): PreflightIssue[] => {
    const slide = deck.slides[i];
    const text = [...slideStrings(slide), ...(exportsNotes(options) && options.format === 'pdf' && options.pdfLayout !== 'slides' ? [slide.notes] : [])].join('');
    const missing = [...new Set([...text].filter((ch) => !covered(ch.codePointAt(0) ?? 0)))];
    if (missing.length === 0) return [];
    const shown = missing.slice(0, 8).map((c) => `${c} (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
    return [{ kind: 'font', severity: 'error', slideIndex: i, message: `${slideName(deck, i)}: no bundled font has ${shown}${missing.length > 8 ? ' and more' : ''}; they cannot be embedded as set.` }];
  });
}

/**
 * The pre-export checks that need no browser: empty slides and timeline entries (emptySlideChecks.ts), uncited claims, figures without alt text, links to slides, and
 * characters no bundled font has (uncoveredCharacterIssues), slide by slide. Only exported slides are checked; notes
 * only when they are exported. Overflow, requests and image decoding are measured in Chromium (src-main preflight).
 */
export function staticPreflight(deck: Deck, options: ExportOptions): PreflightIssue[] {
  const fonts = new Map(uncoveredCharacterIssues(deck, options).map((f) => [f.slideIndex, f]));
  const issues: PreflightIssue[] = [];
  const exportedIds = new Set(exportedSlideIndexes(deck, options).map((i) => deck.slides[i].id));
  for (const i of exportedSlideIndexes(deck, options)) {
    const slide = deck.slides[i];
    issues.push(...emptySlideIssues(slide, i, slideName(deck, i)));
    const uncited = uncitedClaims(slide);
    if (uncited.length > 0) {
      const example = uncited[0].length > 60 ? `${uncited[0].slice(0, 57)}…` : uncited[0];
      issues.push({ kind: 'uncited', severity: 'warning', slideIndex: i, message: `${slideName(deck, i)}: ${uncited.length === 1 ? 'a claim has' : `${uncited.length} claims have`} no citation (“${example}”).` });
    }
    for (const figure of slideFigures(slide)) {
      if (figure.alt.trim() === '') {
        issues.push({ kind: 'alt-text', severity: 'error', slideIndex: i, field: figure.field, message: `${slideName(deck, i)}: the ${figure.kind} has no alt text; describe what it shows for readers who cannot see it.` });
      }
    }
    issues.push(...slideLinkIssues(deck, i, slideName(deck, i), [...slideStrings(slide), ...(exportsNotes(options) ? [slide.notes] : [])], exportedIds));
    const font = fonts.get(i);
    if (font) issues.push(font);
  }
  return issues;
}
