import { defineCommand } from './command';
import { updateSlideOfLayout } from './slideAccess';

/**
 * Sets a table's column widths (whole percent of the table, one per column, each 1..100; their sum need not be 100:
 * they are shares), or clears them (`widths` undefined: the text sizes the columns again). Widths that are not
 * whole numbers in 1..100 leave the deck unchanged.
 */
export const setColumnWidths = defineCommand<{ slideId: string; widths: readonly number[] | undefined }>({
  name: 'setColumnWidths',
  label: 'Column widths',
  perform(deck, { slideId, widths }) {
    if (widths && (widths.length > 20 || !widths.every((w) => Number.isInteger(w) && w >= 1 && w <= 100))) return deck;
    return updateSlideOfLayout(deck, slideId, ['table'], (s) => {
      if (!widths) {
        if (!s.columnWidths) return s;
        const { columnWidths: _old, ...rest } = s;
        return rest as typeof s;
      }
      if (s.columnWidths && s.columnWidths.length === widths.length && s.columnWidths.every((w, i) => w === widths[i])) return s;
      return { ...s, columnWidths: [...widths] };
    });
  },
});
