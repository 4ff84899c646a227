import { defineCommand } from './command';
import { removeAt, updateSlideOfLayout } from './slideAccess';

/** Removes body row `index`. */
export const removeRow = defineCommand<{ slideId: string; index: number }>({
  name: 'removeRow',
  label: 'Delete row',
  perform(deck, { slideId, index }) {
    return updateSlideOfLayout(deck, slideId, ['table'], (s) => {
      const rows = removeAt(s.rows, index);
      return rows === s.rows ? s : { ...s, rows: [...rows] };
    });
  },
});
