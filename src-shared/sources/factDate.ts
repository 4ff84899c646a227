const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface DateParts {
  y: string;
  m?: number;
  d?: number;
}

function parts(iso: string): DateParts {
  const [y, m, d] = iso.split('-');
  return { y, m: m ? Number(m) : undefined, d: d ? Number(d) : undefined };
}

function single(p: DateParts): string {
  if (p.m === undefined) return p.y;
  const month = MONTHS[p.m - 1] ?? String(p.m);
  return p.d === undefined ? `${month} ${p.y}` : `${p.d} ${month} ${p.y}`;
}

/**
 * Formats an ISO 8601 date or interval (as accepted by `PartialIsoDate`) for a slide, in day-month-year order
 * as briefings write it: "2023" -> "2023", "2023-10" -> "Oct 2023", "2023-10-26" -> "26 Oct 2023",
 * "2023-10-07/2023-10-14" -> "7–14 Oct 2023", "2022/2023" -> "2022–2023". Other text is returned unchanged.
 */
export function formatFactDate(iso: string): string {
  const [from, to] = iso.split('/');
  if (!/^\d{4}/.test(from)) return iso;
  if (!to) return single(parts(from));
  const a = parts(from);
  const b = parts(to);
  if (a.y === b.y && a.m !== undefined && a.m === b.m && a.d !== undefined && b.d !== undefined) {
    return `${a.d}–${b.d} ${MONTHS[a.m - 1]} ${a.y}`;
  }
  return `${single(a)}–${single(b)}`;
}
