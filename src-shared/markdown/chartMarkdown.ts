import { CHART_TYPES, type ChartType, type Slide, type SlideOf } from '../deck';
import type { Attributes } from './attributeComments';
import type { WarnFn } from './blockText';
import { paragraphsText } from './blockText';
import type { Block } from './markdownBlocks';
import { escapeBlockText, escapeCell } from './markdownEscape';

/**
 * The slide-comment attributes of a chart and of a drawn timeline, beside the layout's other ones:
 * `data-chart-type`, `data-axis-label` and `data-alt` (the alt text, which has no place in the slide's Markdown);
 * `data-timeline-style` for a timeline that is not a plain list. Undefined values are left out of the comment.
 */
export function figureSlideAttributes(slide: Slide): Record<string, string | undefined> {
  if (slide.layout === 'chart') return { 'data-chart-type': slide.chartType, 'data-axis-label': slide.axisLabel || undefined, 'data-alt': slide.alt || undefined };
  if (slide.layout === 'timeline') return { 'data-timeline-style': slide.style };
  return {};
}

/**
 * A chart's Markdown body: its table as a GFM table (header row, then a row per category: readable as a table in
 * reveal.js, and the chart's data on import), and the source line as a paragraph under it.
 */
export function chartBlocks(slide: SlideOf<'chart'>): string[] {
  const width = Math.max(slide.columns.length, ...slide.rows.map((r) => r.length), 2);
  const row = (cells: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => escapeCell(cells[i] ?? '')).join(' | ')} |`;
  const out = [[row(slide.columns), `|${' --- |'.repeat(width)}`, ...slide.rows.map(row)].join('\n')];
  if (slide.sourceLine.trim()) out.push(escapeBlockText(slide.sourceLine.trim().replace(/\s*\r?\n\s*/g, ' ')));
  return out;
}

/** A chart from its slide's blocks: the first table is the data (header and rows), paragraphs the source line. */
export function chartFromBlocks(blocks: Block[], warn: WarnFn): { columns: string[]; rows: string[][]; sourceLine: string } {
  const tables = blocks.filter((b) => b.kind === 'table');
  if (tables.length > 1) warn('only the first table of a chart slide was imported');
  const table = tables[0];
  if (!table) warn('a chart slide has no table: its chart is empty');
  const sourceLine = paragraphsText(blocks.filter((b) => b.kind !== 'table'), warn).replace(/\s*\n\s*/g, ' ');
  return { columns: table?.header ?? ['', ''], rows: table?.rows ?? [], sourceLine };
}

/** Puts back what `figureSlideAttributes` wrote (in place); an unknown chart type is reported and left to the default. */
export function applyFigureAttributes(slide: Record<string, unknown>, attrs: Attributes, warn: WarnFn): void {
  if (slide.layout === 'chart') {
    const type = attrs['data-chart-type'];
    if (type !== undefined && (CHART_TYPES as readonly string[]).includes(type)) slide.chartType = type as ChartType;
    else if (type !== undefined) warn(`chart type "${type.slice(0, 40)}" is not bar, line or stacked-bar; a bar chart was used`);
    if (attrs['data-axis-label'] !== undefined) slide.axisLabel = attrs['data-axis-label'];
    if (attrs['data-alt'] !== undefined) slide.alt = attrs['data-alt'];
  }
  const style = attrs['data-timeline-style'];
  if (slide.layout === 'timeline' && (style === 'list' || style === 'drawn')) slide.style = style;
}
