import { type ClassificationLevel, SCHEMA_VERSION } from './deck';

/** A deck as plain JSON (after strict parsing, before schema validation). */
export type RawDeck = Record<string, unknown>;

/**
 * One step of the migration registry: turns a raw deck of format `from` into format `from + 1`. A migration is
 * pure (it returns a new object; the input is not changed) and runs in memory only: the file is rewritten only when
 * the user saves (docs/security.md, "an older schemaVersion").
 */
export interface DeckMigration {
  from: number;
  describe: string;
  migrate(raw: RawDeck): RawDeck;
}

/**
 * Infers a banner colour level from free banner text, most restrictive marking first
 * (CAPCO banner markings: TOP SECRET, SECRET, CONFIDENTIAL, CUI, UNCLASSIFIED). Text with no marking gets `none`.
 */
export function inferClassificationLevel(text: string): ClassificationLevel {
  const t = text.toUpperCase();
  if (/\bTOP SECRET\b/.test(t)) return 'top-secret';
  if (/\bUNCLASSIFIED\b/.test(t)) return 'unclassified';
  if (/\bSECRET\b/.test(t)) return 'secret';
  if (/\bCONFIDENTIAL\b/.test(t)) return 'confidential';
  if (/\bCUI\b|\bCONTROLLED UNCLASSIFIED\b/.test(t)) return 'cui';
  return 'none';
}

/**
 * Format 0 (the pre-release draft) stored the classification banner as a flat string,
 * `"classification": "SECRET//NOFORN"`. Format 1 stores `{ text, level }`.
 */
const v0ToV1: DeckMigration = {
  from: 0,
  describe: 'classification banner text became { text, level }',
  migrate(raw) {
    const next: RawDeck = { ...raw, schemaVersion: 1 };
    if (typeof raw.classification === 'string') {
      next.classification = { text: raw.classification, level: inferClassificationLevel(raw.classification) };
    }
    return next;
  },
};

/** Format 1 read a key judgment with no confidence as "moderate"; format 2 reads it as "no confidence stated". */
function withExplicitConfidence(slide: unknown): unknown {
  if (!slide || typeof slide !== 'object' || Array.isArray(slide)) return slide;
  const s = slide as Record<string, unknown>;
  if (s.layout !== 'bluf' || !Array.isArray(s.judgments)) return slide;
  const judgments = s.judgments.map((j: unknown) =>
    j && typeof j === 'object' && !Array.isArray(j) && (j as Record<string, unknown>).confidence === undefined ? { ...j, confidence: 'moderate' } : j,
  );
  return { ...s, judgments };
}

/**
 * Format 2 adds statement kinds, per-statement portion marks and judgment fields, and the deck's tradecraft and
 * marking settings. A format 1 deck keeps every meaning it had: a key judgment with no confidence gets the
 * "moderate" that format 1 implied, and a deck whose banner is classified (confidential or above) is marked with
 * the classification scheme, so its portions are checked rather than silently left unchecked.
 */
const v1ToV2: DeckMigration = {
  from: 1,
  describe: 'key judgments state their confidence explicitly; statement kinds, portion marks and tradecraft settings added',
  migrate(raw) {
    const next: RawDeck = { ...raw, schemaVersion: 2 };
    if (Array.isArray(raw.slides)) next.slides = raw.slides.map(withExplicitConfidence);
    const classification = raw.classification as { level?: unknown } | undefined;
    const classified = ['confidential', 'secret', 'top-secret'].includes(String(classification?.level ?? ''));
    if (raw.marking === undefined && classified) next.marking = { scheme: 'capco' };
    return next;
  },
};

/** Every migration, keyed by the version it reads. */
export const DECK_MIGRATIONS: ReadonlyMap<number, DeckMigration> = new Map([
  [v0ToV1.from, v0ToV1],
  [v1ToV2.from, v1ToV2],
]);

/** The oldest format this build can migrate from. */
export const OLDEST_READABLE_VERSION = Math.min(...DECK_MIGRATIONS.keys(), SCHEMA_VERSION);

/**
 * Runs every migration from `fromVersion` up to SCHEMA_VERSION. Returns the migrated raw deck and the steps taken,
 * or `null` if a step is missing from the registry (the version is too old to read).
 */
export function migrateRawDeck(
  raw: RawDeck,
  fromVersion: number,
  migrations: ReadonlyMap<number, DeckMigration> = DECK_MIGRATIONS,
): { raw: RawDeck; steps: string[] } | null {
  let current = raw;
  const steps: string[] = [];
  for (let v = fromVersion; v < SCHEMA_VERSION; v++) {
    const step = migrations.get(v);
    if (!step) return null;
    current = step.migrate(current);
    steps.push(`v${v} -> v${v + 1}: ${step.describe}`);
  }
  return { raw: current, steps };
}
