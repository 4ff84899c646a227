import { defineCommand } from './command';
import { removeAt, updateSlideOfLayout } from './slideAccess';

/** Removes column `index` from the header and every body row. */
export const removeColumn = defineCommand<{ slideId: string; index: number }>({
  name: 'removeColumn',
  label: 'Delete column',
  perform(deck, { slideId, index }) {
    return updateSlideOfLayout(deck, slideId, ['table'], (s) => {
      const width = Math.max(s.columns.length, ...s.rows.map((r) => r.length));
      if (!Number.isInteger(index) || index < 0 || index >= width) return s;
      const next = { ...s, columns: [...removeAt(s.columns, index)], rows: s.rows.map((r) => [...removeAt(r, index)]) };
      return s.columnWidths ? { ...next, columnWidths: [...removeAt(s.columnWidths, index)] } : next;
    });
  },
});
