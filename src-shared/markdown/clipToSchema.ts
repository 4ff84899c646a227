/**
 * Clips an imported slide object to the deck schema's size limits (src-shared/deck/slide.ts, slideContent.ts), so a
 * long foreign file imports with a warning instead of failing validation: strings over their field's `max` are cut,
 * arrays over their `max` keep their first items.
 */
const STRING_MAX: Record<string, number> = { src: 2 * 1024 * 1024 - 1024, notes: 100_000, quote: 100_000, date: 100, likelihood: 100, portionMarking: 40, id: 100, sourceId: 200, claimId: 200 };
const ARRAY_MAX: Record<string, number> = { bullets: 500, rows: 200, columns: 20, judgments: 50, entries: 200, citations: 50, argumentIds: 50, paragraphs: 100 };
const COLUMN_BULLETS_MAX = 200;
const ROW_CELLS_MAX = 20;
const DEFAULT_STRING_MAX = 4000;

/** Returns a clipped copy of `value`; `warn` receives one message per clipped field (with its path). */
export function clipToSchema(value: unknown, warn: (message: string) => void, path = '', key = '', parentKey = ''): unknown {
  if (typeof value === 'string') {
    const max = STRING_MAX[key] ?? DEFAULT_STRING_MAX;
    if (value.length <= max) return value;
    warn(`${path} was cut to ${max} characters`);
    return value.slice(0, max);
  }
  if (Array.isArray(value)) {
    const max = key === 'bullets' && (parentKey === 'left' || parentKey === 'right') ? COLUMN_BULLETS_MAX : key === '' && parentKey === 'rows' ? ROW_CELLS_MAX : ARRAY_MAX[key];
    const kept = max !== undefined && value.length > max ? value.slice(0, max) : value;
    if (kept !== value) warn(`${path} had ${value.length} items; the first ${max} were kept`);
    return kept.map((v, i) => clipToSchema(v, warn, `${path}[${i}]`, key === 'rows' ? '' : key === 'paragraphs' ? 'paragraphs' : '', key));
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = clipToSchema(v, warn, path ? `${path}.${k}` : k, k, key);
    return out;
  }
  return value;
}
