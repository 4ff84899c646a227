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
      return { ...s, columns: insertAt(s.columns, at, header), rows: s.rows.map((r) => insertAt(r, Math.min(at, r.length), '')) };
    });
  },
});
