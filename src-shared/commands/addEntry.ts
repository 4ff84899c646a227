import type { TimelineEntry } from '../deck';
import { defineCommand } from './command';
import { clampIndex, insertAt, updateSlideOfLayout } from './slideAccess';

/** Adds a timeline entry (date and event) at `index` (default: the end). At 200 entries nothing changes. */
export const addEntry = defineCommand<{ slideId: string; index?: number; date?: string; event?: string }>({
  name: 'addEntry',
  label: 'Add timeline entry',
  perform(deck, { slideId, index, date = '', event = '' }) {
    return updateSlideOfLayout(deck, slideId, ['timeline'], (s) => {
      if (s.entries.length >= 200) return s;
      const at = clampIndex(index, s.entries.length);
      const entry: TimelineEntry = { date, event, fragment: s.entries[at - 1]?.fragment ?? false };
      return { ...s, entries: insertAt(s.entries, at, entry) };
    });
  },
});
