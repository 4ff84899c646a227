import { defineCommand } from './command';
import { MAX_TABLE_COLUMNS } from './addRow';
import { clampIndex, insertAt, updateSlideOfLayout } from './slideAccess';

/** Adds a column at `index` (default: the end) to the header and every body row; `header` is its header text. */
export const addColumn = defineCommand<{ slideId: string; index?: number; header?: string }>({
  name: 'addColumn',
  label: 'Add column',
  perform(deck, { slideId, index, header = '' }) {
    return updateSlideOfLayout(deck, slideId, ['table'], (s) => {
      if (s.columns.length >= MAX_TABLE_COLUMNS) return s;
      const at = clampIndex(index, s.columns.length);
      const next = { ...s, columns: insertAt(s.columns, at, header), rows: s.rows.map((r) => insertAt(r, Math.min(at, r.length), '')) };
      // A new column takes an even share; the set widths of the others keep their proportions.
      return s.columnWidths ? { ...next, columnWidths: insertAt(s.columnWidths, at, Math.max(1, Math.round(100 / (s.columnWidths.length + 1)))) } : next;
    });
  },
});
