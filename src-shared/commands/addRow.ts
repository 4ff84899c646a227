import { defineCommand } from './command';
import { insertAt, updateSlideOfLayout } from './slideAccess';

/** Largest table: 200 body rows, 20 columns (TableSlideSchema). */
export const MAX_TABLE_ROWS = 200;
export const MAX_TABLE_COLUMNS = 20;

/** Adds an empty body row (as wide as the header, at least one cell) at `index` (default: the end). */
export const addRow = defineCommand<{ slideId: string; index?: number }>({
  name: 'addRow',
  label: 'Add row',
  perform(deck, { slideId, index }) {
    return updateSlideOfLayout(deck, slideId, ['table'], (s) => {
      if (s.rows.length >= MAX_TABLE_ROWS) return s;
      const width = Math.max(1, s.columns.length, ...s.rows.map((r) => r.length));
      return { ...s, rows: insertAt(s.rows, index, Array<string>(width).fill('')) };
    });
  },
});
