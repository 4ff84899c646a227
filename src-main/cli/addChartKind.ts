import { readFile, stat } from 'node:fs/promises';
import { CHART_TYPES, chartTableFromRows, chartTableIssues, describeChartIssue, parseDelimitedTable, type ChartType, type Slide } from '../../src-shared/deck';
import { CliError, oneLine } from './cliError';
import type { AddSlideCommon as Common, AddSlideKind, OptionValues } from './addSlideKind';

/** Largest table file read, in bytes: a chart holds at most 60 rows of 9 short cells, so 1 MB is far above any real one. */
const MAX_TABLE_BYTES = 1024 * 1024;

/**
 * `--chart TABLE.csv [--chart-type bar|line|stacked-bar] [--axis-label TEXT]`: a chart slide from a CSV file (comma,
 * semicolon or tab separated, UTF-8, header row first: the category heading, then the series names). Every value
 * cell must be a number or empty. Throws CliError with one line: a file that cannot be read, is too large or is not
 * UTF-8; a table a chart cannot show; the first cell that is not a number, by row and column; an unknown chart type.
 */
export const CHART_SLIDE_KIND = {
  kind: 'chart' as const,
  valueName: 'TABLE.csv',
  summary: 'a bar, line or stacked-bar chart of a small table (header row, then a category and its numbers per row)',
  options: { 'chart-type': { type: 'string' as const }, 'axis-label': { type: 'string' as const } },
  usage: [
    '--chart-type bar|line|stacked-bar   the chart type (default bar)',
    '--axis-label TEXT                   the value axis label with its unit, e.g. "Trade, USD bn"',
  ],
  async build(value: string, values: OptionValues, common: Common): Promise<Slide> {
    const type = values['chart-type'] ?? 'bar';
    if (typeof type !== 'string' || !(CHART_TYPES as readonly string[]).includes(type)) {
      throw new CliError(`--chart-type ${String(type)} is not one of ${CHART_TYPES.join(', ')}`, 2);
    }
    const text = await readTableText(value);
    let table: { columns: string[]; rows: string[][] };
    try {
      table = chartTableFromRows(parseDelimitedTable(text));
    } catch (error) {
      throw new CliError(`${value}: ${oneLine(error)}`);
    }
    const issue = chartTableIssues(table)[0];
    if (issue) throw new CliError(`${value}: ${describeChartIssue(table, issue)}`);
    const axisLabel = typeof values['axis-label'] === 'string' ? values['axis-label'] : '';
    return { ...common, layout: 'chart', chartType: type as ChartType, ...table, axisLabel, notes: '', citations: [], argumentIds: [], hidden: false } as Slide;
  },
} satisfies AddSlideKind;

async function readTableText(file: string): Promise<string> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CliError(`${file} is not a file`);
    if (info.size > MAX_TABLE_BYTES) throw new CliError(`${file} is ${info.size} bytes; a chart table is at most ${MAX_TABLE_BYTES} bytes`);
    const bytes = await readFile(file);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof TypeError) throw new CliError(`${file} is not UTF-8 text`);
    throw new CliError(`cannot read ${file}: ${oneLine(error)}`);
  }
}
