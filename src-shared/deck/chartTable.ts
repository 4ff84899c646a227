import { MAX_CHART_ROWS, MAX_CHART_SERIES } from './chartContent';

/** The table of a chart slide, as the schema keeps it (chartFields): header row and body rows, all text. */
export interface ChartTable {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/** A value cell that is not a number: body row `row` (0-based), column `column` (0-based; 0 is the category). */
export interface ChartCellIssue {
  row: number;
  column: number;
  message: string;
}

/** The data a chart draws: category names in row order, and each series with one value (or null) per category. */
export interface ChartData {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

const DIGITS: Record<string, string> = {};
for (let d = 0; d <= 9; d++) {
  DIGITS[String.fromCharCode(0x06f0 + d)] = String(d); // Extended Arabic-Indic (Persian) digits
  DIGITS[String.fromCharCode(0x0660 + d)] = String(d); // Arabic-Indic digits
}
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;

/**
 * The number a value cell holds: `null` for an empty cell (no value: a gap in the chart), `undefined` for text that is
 * not a number. Accepted: an optional sign (also U+2212 minus), digits with an optional decimal point, thousands
 * grouped by commas ("1,234.5"), Persian and Arabic-Indic digits with the Arabic decimal and thousands separators
 * (U+066B, U+066C), and surrounding spaces. Not accepted: units, percent signs, exponents, NaN or Infinity.
 */
export function chartCellValue(cell: string): number | null | undefined {
  const text = cell
    .trim()
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => DIGITS[c])
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',')
    .replace(/\u2212/g, '-');
  if (text === '') return null;
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/** Every value cell of the table that is not a number (the category column is free text), in reading order. */
export function chartTableIssues(table: ChartTable): ChartCellIssue[] {
  const issues: ChartCellIssue[] = [];
  table.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (c > 0 && chartCellValue(cell) === undefined) issues.push({ row: r, column: c, message: `"${cell.trim().slice(0, 40)}" is not a number` });
    });
  });
  return issues;
}

/**
 * One line naming a bad cell for a person: `row 3 ("Turkey"), column 2 ("Exports"): "n/a" is not a number`, rows
 * and columns counted from 1 as a spreadsheet shows them, the header row not counted.
 */
export function describeChartIssue(table: ChartTable, issue: ChartCellIssue): string {
  const category = table.rows[issue.row]?.[0]?.trim() ?? '';
  const heading = table.columns[issue.column]?.trim() ?? '';
  const row = `row ${issue.row + 1}${category ? ` ("${category.slice(0, 40)}")` : ''}`;
  const column = `column ${issue.column + 1}${heading ? ` ("${heading.slice(0, 40)}")` : ''}`;
  return `${row}, ${column}: ${issue.message}`;
}

/**
 * The series to draw: one per header cell after the first (as many as the widest row needs, so that a value typed
 * past the header is still drawn), named by its header (or "Series n" when empty), with cells that are not numbers
 * drawn as no value. Rows with an empty category and no values are left out (an empty row being typed).
 */
export function chartData(table: ChartTable): ChartData {
  const width = Math.max(table.columns.length, ...table.rows.map((r) => r.length), 2);
  const rows = table.rows.filter((r) => r.some((cell) => cell.trim() !== ''));
  const series = Array.from({ length: width - 1 }, (_, i) => ({
    name: table.columns[i + 1]?.trim() || `Series ${i + 1}`,
    values: rows.map((r) => chartCellValue(r[i + 1] ?? '') ?? null),
  }));
  return { categories: rows.map((r) => (r[0] ?? '').trim()), series };
}

/**
 * Splits a block of text copied from a spreadsheet or a CSV file into rows of cells. The delimiter is a tab when the
 * first line has one (spreadsheets copy tab-separated text), else a semicolon when the first line has one and no
 * comma, else a comma. Fields may be quoted with `"` (RFC 4180: `""` is a quote, and a quoted field may hold the
 * delimiter or a line break). Line ends may be \n, \r\n or \r; a final line end and blank lines are dropped; cells are
 * trimmed. A leading byte order mark is ignored.
 */
export function parseDelimitedTable(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes('\t') ? '\t' : firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell.trim());
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (row.some((c) => c !== '')) rows.push(row);
    row = [];
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      endRow();
    } else cell += ch;
  }
  endRow();
  return rows;
}

/**
 * A chart table from parsed rows: the first row is the header (category heading, then series names), the rest are
 * categories. Rows are made as wide as the widest row, then clipped to the schema's limits.
 * @throws Error with a one-line message when there is no header, no series column, more than MAX_CHART_SERIES
 * series or more than MAX_CHART_ROWS categories.
 */
export function chartTableFromRows(parsed: readonly (readonly string[])[]): { columns: string[]; rows: string[][] } {
  if (parsed.length === 0) throw new Error('the table is empty: it needs a header row and at least one row of values');
  const width = Math.max(...parsed.map((r) => r.length));
  if (width < 2) throw new Error('the table needs a category column and at least one column of numbers');
  if (width - 1 > MAX_CHART_SERIES) throw new Error(`the table has ${width - 1} series; a chart shows at most ${MAX_CHART_SERIES}`);
  if (parsed.length - 1 > MAX_CHART_ROWS) throw new Error(`the table has ${parsed.length - 1} rows; a chart shows at most ${MAX_CHART_ROWS}`);
  const pad = (r: readonly string[]) => Array.from({ length: width }, (_, i) => r[i] ?? '');
  return { columns: pad(parsed[0]), rows: parsed.slice(1).map(pad) };
}
