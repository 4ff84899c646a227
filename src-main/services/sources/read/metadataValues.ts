const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when the parts make a real calendar day, else ''. */
function day(y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : '';
}

/**
 * A publication date as a source's ISO 8601 `date` (YYYY-MM-DD, or YYYY-MM / YYYY when the file gives no more),
 * or '' when `value` is not a date. Read as written, never shifted to another time zone: the calendar day the
 * publisher printed is the one a citation names ("2023-05-14T23:30:00-05:00" is 2023-05-14). Takes ISO dates and
 * date-times, `2023/05/14`, PDF dates (`D:20230514093000+01'00'`, ISO 32000-1 §7.9.4), "14 May 2023",
 * "May 14, 2023" and "May 2023".
 */
export function isoDate(value: string | undefined | null): string {
  const v = (value ?? '').trim();
  let m = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(v);
  if (m) return m[3] ? day(+m[1], +m[2], +m[3]) : m[2] ? `${m[1]}-${m[2]}` : m[1];
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(v);
  if (m) return day(+m[1], +m[2], +m[3]);
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return +m[2] >= 1 && +m[2] <= 12 ? v : '';
  if (/^\d{4}$/.test(v)) return v;
  const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  m = /^(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(v);
  if (m && month(m[2]) > 0) return day(+m[3], month(m[2]), +m[1]);
  m = /^([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(v);
  if (m && month(m[1]) > 0) return day(+m[3], month(m[1]), +m[2]);
  m = /^([A-Za-z]{3,})\.?\s+(\d{4})$/.exec(v);
  if (m && month(m[1]) > 0) return `${m[2]}-${pad(month(m[1]))}`;
  return '';
}

/** `url` when it is an https: URL (the only scheme a source keeps: a citation's link must be safe to open), else ''. */
export function httpsUrl(value: string | undefined | null): string {
  const v = (value ?? '').trim();
  try {
    return new URL(v).protocol === 'https:' ? v : '';
  } catch {
    return '';
  }
}
