import { z } from 'zod';
import { figureFields } from './figure';
import { InlineText } from './slideContent';

/**
 * The chart types a chart slide can draw: grouped bars, lines, and bars stacked per category (the series add up).
 * Each maps to an ECharts series type (bar / line; stacked bars share one `stack`) and to a native PowerPoint chart
 * (pptxgenjs `bar` with `barGrouping: 'clustered'` or `'stacked'`, `line`).
 */
export const CHART_TYPES = ['bar', 'line', 'stacked-bar'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** Most series a chart carries (columns after the category column): more than eight colours stop being told apart. */
export const MAX_CHART_SERIES = 8;
/** Most categories (body rows) a chart carries: a slide chart with more is unreadable at 1280×720 px. */
export const MAX_CHART_ROWS = 60;
/** Longest cell, in characters (a category name or a number as typed). */
export const MAX_CHART_CELL = 200;

const ChartCell = z.string().max(MAX_CHART_CELL);

/**
 * The fields of a chart slide: a small table as typed or pasted, kept as text so that nothing the user typed is
 * lost. `columns` is the header row: the category column's heading, then one name per series. Each of `rows` is one
 * category: its name, then one value per series. A value cell is a number as written (`12`, `-3.5`, `1,234`, Persian
 * or Arabic-Indic digits) or empty (no value); any other text is a field error shown in the editor (chartTableIssues)
 * and drawn as no value, never an exception. `axisLabel` names the value axis and its unit ("Trade, USD bn").
 */
export const chartFields = {
  chartType: z.enum(CHART_TYPES).default('bar').describe('bar, line or stacked-bar'),
  columns: z.array(ChartCell).max(MAX_CHART_SERIES + 1).default(['', '']).describe('Header row: the category heading, then the series names'),
  rows: z.array(z.array(ChartCell).max(MAX_CHART_SERIES + 1)).max(MAX_CHART_ROWS).default([]).describe('One row per category: its name, then a value per series'),
  axisLabel: InlineText.default('').describe('Value axis label with its unit, e.g. "Trade, USD bn"'),
  ...figureFields,
};
