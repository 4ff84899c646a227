import { describe, expect, test } from 'vitest';
import { chartCellValue, chartData, chartTableFromRows, chartTableIssues, describeChartIssue, parseDelimitedTable, SlideSchema } from '../../src-shared/deck';

describe('chartCellValue', () => {
  test.each([
    ['12', 12], [' -3.5 ', -3.5], ['1,234.5', 1234.5], ['+7', 7], ['.5', 0.5], ['\u2212' + '2', -2],
    ['۱۲٫۵', 12.5], ['١٬٢٣٤', 1234], ['', null], ['   ', null],
  ])('%j is %j', (cell, value) => expect(chartCellValue(cell)).toBe(value));
  test.each(['n/a', '12%', '1e3', 'NaN', 'Infinity', '1,23', '12 bn', '--1', '1.2.3'])('%j is not a number', (cell) => expect(chartCellValue(cell)).toBeUndefined());
});

describe('chart table', () => {
  const table = { columns: ['Year', 'Exports', 'Imports'], rows: [['2021', '15', 'n/a'], ['2022', '11', ''], ['', '', '']] };
  test('issues name the row and column of each cell that is not a number; the category column is free text', () => {
    const issues = chartTableIssues({ ...table, rows: [...table.rows, ['abc', 'x', '3']] });
    expect(issues).toEqual([{ row: 0, column: 2, message: '"n/a" is not a number' }, { row: 3, column: 1, message: '"x" is not a number' }]);
    expect(describeChartIssue(table, issues[0])).toBe('row 1 ("2021"), column 3 ("Imports"): "n/a" is not a number');
  });
  test('data: bad and empty cells are gaps, empty rows are left out, an unnamed series gets a name', () => {
    expect(chartData(table)).toEqual({ categories: ['2021', '2022'], series: [{ name: 'Exports', values: [15, 11] }, { name: 'Imports', values: [null, null] }] });
    expect(chartData({ columns: ['', ''], rows: [['a', '1', '2']] }).series.map((s) => s.name)).toEqual(['Series 1', 'Series 2']);
  });
  test('a slide with a non-number cell is still a valid slide (a field error, not an exception)', () => {
    const slide = SlideSchema.parse({ id: 'c', layout: 'chart', ...table });
    expect(slide.layout === 'chart' && slide.chartType).toBe('bar');
  });
});

describe('parseDelimitedTable (paste from a spreadsheet, CSV files)', () => {
  test('tab-separated lines from a spreadsheet, CRLF line ends, a trailing line end', () => {
    expect(parseDelimitedTable('Year\tExports\r\n2021\t15\r\n2022\t11\r\n')).toEqual([['Year', 'Exports'], ['2021', '15'], ['2022', '11']]);
  });
  test('comma-separated with quoted fields, doubled quotes, a quoted comma and line break, blank lines dropped', () => {
    expect(parseDelimitedTable('\uFEFFName,"Value, USD"\n"Say ""hi""",1\n\n"two\nlines", "1,234"\n')).toEqual([['Name', 'Value, USD'], ['Say "hi"', '1'], ['two\nlines', '1,234']]);
  });
  test('semicolons when the first line has them and no comma', () => {
    expect(parseDelimitedTable('a;b\n1;2')).toEqual([['a', 'b'], ['1', '2']]);
  });
  test('chartTableFromRows pads short rows and refuses what a chart cannot show', () => {
    expect(chartTableFromRows([['Y', 'A', 'B'], ['2021', '1']])).toEqual({ columns: ['Y', 'A', 'B'], rows: [['2021', '1', '']] });
    expect(() => chartTableFromRows([])).toThrow(/empty/);
    expect(() => chartTableFromRows([['only'], ['x']])).toThrow(/at least one column of numbers/);
    expect(() => chartTableFromRows([Array.from({ length: 10 }, (_, i) => `c${i}`)])).toThrow(/at most 8/);
  });
});
