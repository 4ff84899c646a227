import type { TimelineEntry } from '../deck';
import { defineCommand } from './command';
import { replaceAt, updateSlideOfLayout } from './slideAccess';

/** Changes a timeline entry's date, event, build step (fragment) or citations. */
export const setEntry = defineCommand<{ slideId: string; index: number; patch: Partial<TimelineEntry> }>({
  name: 'setEntry',
  label: 'Edit timeline entry',
  perform(deck, { slideId, index, patch }) {
    return updateSlideOfLayout(deck, slideId, ['timeline'], (s) => {
      const entries = replaceAt(s.entries, index, (e) => (Object.entries(patch).every(([k, v]) => (e as Record<string, unknown>)[k] === v) ? e : { ...e, ...patch }));
      return entries === s.entries ? s : { ...s, entries: [...entries] };
    });
  },
});
