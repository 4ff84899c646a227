import { defineCommand } from './command';
import { removeAt, updateSlideOfLayout } from './slideAccess';

/** Removes timeline entry `index`. */
export const removeEntry = defineCommand<{ slideId: string; index: number }>({
  name: 'removeEntry',
  label: 'Delete timeline entry',
  perform(deck, { slideId, index }) {
    return updateSlideOfLayout(deck, slideId, ['timeline'], (s) => {
      const entries = removeAt(s.entries, index);
      return entries === s.entries ? s : { ...s, entries: [...entries] };
    });
  },
});
