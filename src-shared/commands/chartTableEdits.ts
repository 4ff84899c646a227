import { MAX_CHART_CELL, MAX_CHART_ROWS, MAX_CHART_SERIES, parseDelimitedTable, type ChartTable } from '../deck';

/** A chart table as plain arrays, the shape an edit returns (patched onto the slide with updateSlide). */
export interface ChartTableValue {
  columns: string[];
  rows: string[][];
}

/** Most columns: the category column and MAX_CHART_SERIES series. */
const MAX_COLUMNS = MAX_CHART_SERIES + 1;

function widthOf(t: ChartTable): number {
  return Math.max(2, t.columns.length, ...t.rows.map((r) => r.length));
}

function squared(t: ChartTable, width = widthOf(t)): ChartTableValue {
  const pad = (r: readonly string[]) => Array.from({ length: width }, (_, i) => r[i] ?? '');
  return { columns: pad(t.columns), rows: t.rows.map(pad) };
}

/** The table with one cell set; `row` is 'header' or a body row index (0-based). */
export function setChartCell(t: ChartTable, row: number | 'header', column: number, text: string): ChartTableValue {
  const out = squared(t, Math.max(widthOf(t), column + 1));
  if (row === 'header') out.columns[column] = text;
  else if (out.rows[row]) out.rows[row][column] = text;
  return out;
}

/**
 * Pastes a block copied from a spreadsheet (tab-separated lines) or CSV text at a cell, as spreadsheets do: the
 * block's top left cell lands on (`row`, `column`), each line becomes a row, and the table grows to hold it, up to
 * MAX_CHART_ROWS body rows and MAX_CHART_SERIES series (what lies beyond is left out, and `clipped` says so).
 * Pasting on the header row writes the block's first line as the header. Cells longer than MAX_CHART_CELL are cut.
 */
export function pasteChartBlock(t: ChartTable, row: number | 'header', column: number, text: string): ChartTableValue & { clipped: boolean } {
  const block = parseDelimitedTable(text);
  const start = row === 'header' ? -1 : row;
  const blockWidth = Math.max(0, ...block.map((r) => r.length));
  const width = Math.min(MAX_COLUMNS, Math.max(widthOf(t), column + blockWidth));
  const out = squared(t, width);
  let clipped = column + blockWidth > MAX_COLUMNS;
  block.forEach((cells, i) => {
    const target = start + i;
    if (target >= MAX_CHART_ROWS) {
      clipped = true;
      return;
    }
    // Rows are filled in order from an existing row (or the header), so a new row is always the next one.
    const line = target < 0 ? out.columns : (out.rows[target] ??= Array<string>(width).fill(''));
    cells.forEach((cell, j) => {
      if (column + j < width) line[column + j] = cell.slice(0, MAX_CHART_CELL);
    });
  });
  return { ...out, clipped };
}

/** The table with an empty category row added at the end (none past MAX_CHART_ROWS). */
export function addChartRow(t: ChartTable): ChartTableValue {
  const out = squared(t);
  if (out.rows.length < MAX_CHART_ROWS) out.rows.push(Array<string>(out.columns.length).fill(''));
  return out;
}

/** The table without body row `index`. */
export function removeChartRow(t: ChartTable, index: number): ChartTableValue {
  const out = squared(t);
  out.rows.splice(index, 1);
  return out;
}

/** The table with an empty series column added at the end (none past MAX_CHART_SERIES). */
export function addChartSeries(t: ChartTable): ChartTableValue {
  const width = widthOf(t);
  return squared(t, Math.min(MAX_COLUMNS, width + 1));
}

/** The table without series column `column` (1-based: column 0 is the categories); the last series stays. */
export function removeChartSeries(t: ChartTable, column: number): ChartTableValue {
  const out = squared(t);
  if (column < 1 || out.columns.length <= 2) return out;
  out.columns.splice(column, 1);
  out.rows.forEach((r) => r.splice(column, 1));
  return out;
}
