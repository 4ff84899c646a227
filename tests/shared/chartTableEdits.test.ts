import { describe, expect, test } from 'vitest';
import { addChartRow, addChartSeries, pasteChartBlock, removeChartRow, removeChartSeries, setChartCell } from '../../src-shared/commands';

const table = { columns: ['Year', 'Exports'], rows: [['2021', '15'], ['2022', '11']] };

describe('chart table edits', () => {
  test('a pasted block lands at the cell pasted into and grows the table', () => {
    expect(pasteChartBlock(table, 1, 1, '12\t3\n14\t4\n')).toEqual({ columns: ['Year', 'Exports', ''], rows: [['2021', '15', ''], ['2022', '12', '3'], ['', '14', '4']], clipped: false });
    expect(pasteChartBlock(table, 'header', 0, 'Y,A,B\r\n2020,1,2')).toEqual({ columns: ['Y', 'A', 'B'], rows: [['2020', '1', '2'], ['2022', '11', '']], clipped: false });
  });
  test('a block larger than a chart holds is clipped, and says so', () => {
    const wide = pasteChartBlock(table, 0, 0, Array.from({ length: 12 }, (_, i) => String(i)).join('\t'));
    expect(wide.columns).toHaveLength(9);
    expect(wide.clipped).toBe(true);
    const tall = pasteChartBlock(table, 0, 0, Array.from({ length: 70 }, (_, i) => `r${i}\t${i}`).join('\n'));
    expect(tall.rows).toHaveLength(60);
    expect(tall.clipped).toBe(true);
  });
  test('cells, rows and series', () => {
    expect(setChartCell(table, 0, 2, '9').rows[0]).toEqual(['2021', '15', '9']);
    expect(addChartRow(table).rows).toHaveLength(3);
    expect(removeChartRow(table, 0).rows).toEqual([['2022', '11']]);
    expect(addChartSeries(table).columns).toEqual(['Year', 'Exports', '']);
    expect(removeChartSeries(addChartSeries(table), 1)).toEqual({ columns: ['Year', ''], rows: [['2021', ''], ['2022', '']] });
    expect(removeChartSeries(table, 1)).toEqual(table);
  });
});
