import { readFileSync } from 'node:fs';
import { DeckSchema, type Deck } from '../../src-shared/deck';

/** A script/handler payload for short fields (ids, dates, likelihood, portion marking: schema max 40 to 100 chars). */
export const SHORT_PAYLOAD = '<img src=x onerror="__pwned=1">';
/** The payload for longer fields: a handler, a script, a javascript: link, a broken slide link and a remote image. */
export const LONG_PAYLOAD = `${SHORT_PAYLOAD}<img src=x onerror="window.__pwned='i'"><script>window.__pwned='s'</script>[x](javascript:window.__pwned='l') [k](#slide:"onclick="__pwned=1) ![p](https://evil.example/p.gif)`;

/** Strings that are enums, counts or an image data URL: not free user text, left as they are. */
const NOT_TEXT = new Set(['layout', 'confidence', 'theme', 'direction', 'level', 'language', 'fit', 'src', 'schemaVersion', 'kind', 'rowKinds', 'scheme', 'yardstick']);
const SHORT = new Set(['id', 'sourceId', 'claimId', 'date', 'likelihood', 'portionMarking', 'bodyPortionMarking', 'argumentIds', 'declassifyOn']);

function poison(value: unknown, key: string, parent = ''): unknown {
  if (typeof value === 'string') {
    if (NOT_TEXT.has(key)) return value;
    return SHORT.has(key) || parent === 'classification' ? value.slice(0, 9) + SHORT_PAYLOAD : value + LONG_PAYLOAD;
  }
  if (Array.isArray(value)) return value.map((v) => poison(v, key, parent));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k, key)]));
  return value;
}

/**
 * The Markdown export sample deck (every layout) with a hostile payload appended to EVERY user string: titles,
 * subtitles, bullets, BLUF, key judgments (text, likelihood, added to each judgment), column headings, table cells
 * and caption, timeline dates and events, quote, attribution, notes, citations' source and claim ids, argument ids,
 * portion marking, classification text, deck metadata, image alt and every source field; and the statement fields:
 * each bullet's, judgment's and timeline entry's portion mark, likelihood and confidence basis (with a kind and a
 * confidence, which are enums), each slide's body portion mark, table row kinds, the picture's portion mark, the
 * authority block and the tradecraft note. Ids are poisoned the same way everywhere, so citations still resolve to
 * their sources. Parsed by DeckSchema (throws if a field overflows).
 */
export function hostileEverywhereDeck(): Deck {
  const raw = JSON.parse(readFileSync('tests/fixtures/markdown/export-sample.briefdeck', 'utf8')) as Record<string, unknown> & { slides: Record<string, unknown>[] };
  const statement = (kind: string) => (item: Record<string, unknown>) => ({ kind, portionMarking: '(U)', likelihood: 'likely', confidence: 'low', confidenceBasis: 'one article', ...item });
  for (const slide of raw.slides) {
    slide.portionMarking ??= '(U)';
    slide.bodyPortionMarking ??= '(U)';
    slide.argumentIds ??= ['claim-1'];
    if (slide.layout === 'bluf') slide.judgments = (slide.judgments as Record<string, unknown>[]).map(statement('judgment'));
    if (slide.layout === 'bullets') {
      slide.background ??= { src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'map', fit: 'contain', portionMarking: '(U)' };
      slide.bullets = (slide.bullets as Record<string, unknown>[]).map(statement('reporting'));
    }
    if (slide.layout === 'timeline') slide.entries = (slide.entries as Record<string, unknown>[]).map(statement('indicator'));
    if (slide.layout === 'table') slide.rowKinds = (slide.rows as unknown[]).map((_, i) => (i % 2 ? null : 'assumption'));
  }
  raw.marking = { scheme: 'capco', authority: { classifiedBy: 'An analyst', derivedFrom: 'A guide', declassifyOn: '20341231' } };
  raw.tradecraft = { yardstick: 'icd203', mixedTermsNote: 'A note' };
  return DeckSchema.parse(poison(raw, ''));
}
