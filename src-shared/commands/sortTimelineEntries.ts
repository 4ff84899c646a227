import { defineCommand } from './command';
import { updateSlideOfLayout } from './slideAccess';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function month(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/**
 * A sortable key "YYYY-MM-DD" for a timeline date (missing month or day sort first as 00), or null when the text is
 * not a date. Accepts ISO 8601 ("2023", "2023-10", "2023-10-07", an interval "2023-10-07/2023-10-14" by its start),
 * "7 Oct 2023" / "7 October 2023", "Oct 2023", and "October 7, 2023".
 */
export function timelineSortKey(date: string): string | null {
  const text = date.trim();
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:\/.*)?$/.exec(text);
  if (m) return `${m[1]}-${m[2] ?? '00'}-${m[3] ?? '00'}`;
  m = /^(\d{1,2})\s+([A-Za-z]{3,})\.?\s+(\d{4})$/.exec(text);
  if (m && month(m[2]) > 0) return `${m[3]}-${pad(month(m[2]))}-${pad(Number(m[1]))}`;
  m = /^([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (m && month(m[1]) > 0) return `${m[3]}-${pad(month(m[1]))}-${pad(Number(m[2]))}`;
  m = /^([A-Za-z]{3,})\.?\s+(\d{4})$/.exec(text);
  if (m && month(m[1]) > 0) return `${m[2]}-${pad(month(m[1]))}-00`;
  return null;
}

/**
 * Sorts a timeline slide's entries by date, oldest first (see `timelineSortKey`). Entries whose date cannot be read
 * keep their relative order after the dated ones; equal dates keep their order (a stable sort). Returns the input
 * deck when the order does not change.
 */
export const sortTimelineEntries = defineCommand<{ slideId: string }>({
  name: 'sortTimelineEntries',
  label: 'Sort timeline by date',
  perform(deck, { slideId }) {
    return updateSlideOfLayout(deck, slideId, ['timeline'], (s) => {
      const keyed = s.entries.map((entry, i) => ({ entry, i, key: timelineSortKey(entry.date) }));
      keyed.sort((a, b) => {
        if (a.key === null || b.key === null) return a.key === b.key ? a.i - b.i : a.key === null ? 1 : -1;
        return a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i;
      });
      if (keyed.every((k, i) => k.i === i)) return s;
      return { ...s, entries: keyed.map((k) => k.entry) };
    });
  },
});
