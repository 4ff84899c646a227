import type { Deck } from '../../src-shared/deck';
import type { ExportOptions } from '../../src-shared/export';
import { exportedSlideIndexes, planPdfPages } from '../../src-shared/print';

/**
 * The sentence the dialog shows before the export: for PDF the page count of the page plan (`planPdfPages`, the
 * same plan the printer prints) with what it is made of; for other formats the number of slides exported.
 */
export function pageCountText(deck: Deck, options: ExportOptions): string {
  const slides = exportedSlideIndexes(deck, options).length;
  if (options.format !== 'pdf') return `${slides} slide${slides === 1 ? '' : 's'} will be exported.`;
  const plan = planPdfPages(deck, options);
  const slidePages = plan.filter((p) => p.kind === 'slide').length;
  const notes = plan.filter((p) => p.kind === 'notes' || p.kind === 'notes-slide').length;
  const handouts = plan.filter((p) => p.kind === 'handout').length;
  const parts = [
    handouts > 0 ? `${handouts} handout page${handouts === 1 ? '' : 's'}` : '',
    slidePages > 0 ? `${slidePages} slide page${slidePages === 1 ? '' : 's'}${slidePages > slides ? ` (${slides} slides, one page per build step)` : ''}` : '',
    notes > 0 ? `${notes} notes page${notes === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return `The PDF will have ${plan.length} page${plan.length === 1 ? '' : 's'}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
}
