import { defineCommand } from './command';
import { removeAt, updateSlideOfLayout } from './slideAccess';

/** Removes body row `index`, and its statement kind (`rowKinds` stays aligned with the rows). */
export const removeRow = defineCommand<{ slideId: string; index: number }>({
  name: 'removeRow',
  label: 'Delete row',
  perform(deck, { slideId, index }) {
    return updateSlideOfLayout(deck, slideId, ['table'], (s) => {
      const rows = removeAt(s.rows, index);
      if (rows === s.rows) return s;
      return s.rowKinds ? { ...s, rows: [...rows], rowKinds: [...removeAt(s.rowKinds, index)] } : { ...s, rows: [...rows] };
    });
  },
});
