import { defineCommand } from './command';
import { updateSlideOfLayout } from './slideAccess';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function month(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/** Day, month name and year anywhere in the text: "7 Oct 2023", "From 7 Oct 2023", "7–14 Oct 2023",
 * "26 Oct–1 Nov 2023" (its start), "October 7, 2023", "Oct 2023". */
const WRITTEN_DATE =
  /(?:\b(\d{1,2})(?:\s*[–-]\s*\d{1,2})?\s+)?\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s*[–-]\s*\d{1,2}\s+[a-z]+\.?)?\s+(?:(\d{1,2}),?\s+)?(\d{4})\b/i;

/**
 * A sortable key "YYYY-MM-DD" for a timeline date (a missing month or day sorts first, as 00), or null when the text
 * holds no date. Reads ISO 8601 ("2023", "2023-10", "2023-10-07", an interval "2023-10-07/2023-10-14" by its start)
 * and written dates in day-month-year or month-day-year order, with words around them ("From 7 Oct 2023") and day
 * ranges ("7–14 Oct 2023", by the first day).
 */
export function timelineSortKey(date: string): string | null {
  const text = date.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:\/.*)?$/.exec(text) ?? /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/.exec(text);
  if (iso) return `${iso[1]}-${iso[2] ?? '00'}-${iso[3] ?? '00'}`;
  const m = WRITTEN_DATE.exec(text);
  if (m) return `${m[4]}-${pad(month(m[2]))}-${pad(Number(m[1] ?? m[3] ?? 0))}`;
  return /^\d{4}$/.test(text) ? `${text}-00-00` : null;
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
