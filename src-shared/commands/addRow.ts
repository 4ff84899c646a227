import { defineCommand } from './command';
import { clampIndex, insertAt, updateSlideOfLayout } from './slideAccess';

/** Largest table: 200 body rows, 20 columns (TableSlideSchema). */
export const MAX_TABLE_ROWS = 200;
export const MAX_TABLE_COLUMNS = 20;

/**
 * Adds an empty body row (as wide as the header, at least one cell) at `index` (default: the end); it has no
 * statement kind (a null in `rowKinds`, which stays aligned with the rows).
 */
export const addRow = defineCommand<{ slideId: string; index?: number }>({
  name: 'addRow',
  label: 'Add row',
  perform(deck, { slideId, index }) {
    return updateSlideOfLayout(deck, slideId, ['table'], (s) => {
      if (s.rows.length >= MAX_TABLE_ROWS) return s;
      const width = Math.max(1, s.columns.length, ...s.rows.map((r) => r.length));
      const at = clampIndex(index, s.rows.length);
      const rows = insertAt(s.rows, at, Array<string>(width).fill(''));
      if (!s.rowKinds) return { ...s, rows };
      const kinds = s.rows.map((_, i) => s.rowKinds?.[i] ?? null);
      return { ...s, rows, rowKinds: insertAt(kinds, at, null) };
    });
  },
});
