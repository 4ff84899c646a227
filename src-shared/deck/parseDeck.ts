import './zodConfig';
import { z } from 'zod';
import { type Deck, DeckSchema, SCHEMA_VERSION } from './deck';
import { checkDeckIntegrity } from './deckIntegrity';
import { type DeckError, formatJsonPath, lineColumnAt } from './deckError';
import { migrateRawDeck, OLDEST_READABLE_VERSION, type RawDeck } from './migrations';
import { parseJsonStrict } from './safeJson';
import { summarizeIssues } from './schemaIssues';
import { findUnknownFields } from './unknownFields';
import { decodeUtf8Strict } from './utf8';

/** Largest deck file accepted, in bytes (docs/security.md: "a huge file, over a set cap such as 200 MB"). */
export const MAX_DECK_BYTES = 200 * 1024 * 1024;

/**
 * Deepest nesting of objects and arrays in a deck file (the root object is level 1). The schema's deepest path is
 * 9 levels (deck > slides > slide > left > bullets > bullet > citations > citation > paragraphs); 16 leaves room for
 * unknown extension fields and stays far below the ~10,000 levels at which JSON.stringify overflows
 * (a deck that opens but can never be saved).
 */
export const MAX_DECK_DEPTH = 16;

/** How many unknown-field warnings are listed one by one before they are summed up. */
const MAX_UNKNOWN_WARNINGS = 20;

/** The deck schema with any whole schemaVersion: used to read newer files read-only and to serialize them. */
export const DeckSchemaAnyVersion = DeckSchema.extend({ schemaVersion: z.number().int().min(0) });

export interface ParseDeckOptions {
  /** Size cap in bytes (a string counts its UTF-16 length); default MAX_DECK_BYTES. */
  maxBytes?: number;
  /** Nesting cap; default MAX_DECK_DEPTH. */
  maxDepth?: number;
}

export type ParseDeckResult =
  | {
      ok: true;
      deck: Deck;
      /** User-facing notes: unknown fields kept, a migration done, a newer version opened read-only. */
      warnings: string[];
      /** True for a file written by a newer BriefDeck: show it, never save over it (deck.schemaVersion stays newer). */
      readOnly: boolean;
      /** The file's schemaVersion when it was migrated in memory (the file itself is unchanged). */
      migratedFrom?: number;
    }
  | { ok: false; error: DeckError };

/**
 * Reads a `.briefdeck` file (UTF-8 JSON) from bytes or text. Never throws: every bad input of docs/security.md
 * ("Bad deck files") gives `{ ok: false, error }` whose message names the JSON path or the line and column.
 * - bytes: decoded with TextDecoder('utf-8', {fatal: true}); a leading BOM is dropped; invalid bytes -> `encoding`.
 * - JSON: parsed strictly (safeJson.ts): depth, unsafe keys, duplicate keys, non-finite numbers, lone surrogates.
 * - schemaVersion: older -> migrated in memory (`migratedFrom`); newer -> validated leniently and `readOnly: true`,
 *   or a `version` error if it does not fit this build's schema.
 * - schema: zod DeckSchema; unknown fields are kept and listed in `warnings`.
 * - integrity (deckIntegrity.ts): a slide id used twice -> `schema` error; a citation to a source not in
 *   deck.sources -> a warning naming its JSON path.
 */
export function parseDeck(input: string | Uint8Array, options: ParseDeckOptions = {}): ParseDeckResult {
  const maxBytes = options.maxBytes ?? MAX_DECK_BYTES;
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes) {
    return fail({ code: 'too-large', message: `The deck file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit.` });
  }
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeUtf8Strict(input);
    if (!decoded.ok) return fail(encodingError(input, decoded.offset));
    text = decoded.text;
  }

  const json = parseJsonStrict(text, { maxDepth: options.maxDepth ?? MAX_DECK_DEPTH });
  if (!json.ok) return fail(json.error);
  const root = json.value;
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    return fail({ code: 'schema', path: [], message: '(deck): the file must hold one JSON object (a deck), not ' + (Array.isArray(root) ? 'a list.' : `${JSON.stringify(root)}.`) });
  }
  return validateRaw(root as RawDeck);
}

function validateRaw(raw: RawDeck): ParseDeckResult {
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    const got = version === undefined ? 'is missing' : `is ${JSON.stringify(version)}`;
    return fail({ code: 'schema', path: ['schemaVersion'], message: `schemaVersion: ${got}; a deck file needs a whole-number format version (this build writes ${SCHEMA_VERSION}).` });
  }
  const warnings: string[] = [];
  if (version > SCHEMA_VERSION) return validateNewer(raw, version);

  let migratedFrom: number | undefined;
  let current = raw;
  if (version < SCHEMA_VERSION) {
    const migrated = migrateRawDeck(raw, version);
    if (!migrated) {
      return fail({ code: 'version', path: ['schemaVersion'], message: `schemaVersion: format ${version} is too old to read (this build reads formats ${OLDEST_READABLE_VERSION} to ${SCHEMA_VERSION}).` });
    }
    current = migrated.raw;
    migratedFrom = version;
    warnings.push(`This deck was converted in memory from file format ${version} to ${SCHEMA_VERSION} (${migrated.steps.join('; ')}). The file on disk is unchanged until you save.`);
  }

  const result = DeckSchema.safeParse(current);
  if (!result.success) {
    const { message, issues } = summarizeIssues(result.error.issues, current);
    return fail({ code: 'schema', path: issues[0]?.path, issues, message });
  }
  const integrity = checkDeckIntegrity(result.data);
  if (integrity.error) return fail(integrity.error);
  warnings.push(...unknownFieldWarnings(result.data), ...integrity.warnings);
  return { ok: true, deck: result.data, warnings, readOnly: false, ...(migratedFrom !== undefined ? { migratedFrom } : {}) };
}

function validateNewer(raw: RawDeck, version: number): ParseDeckResult {
  const result = DeckSchemaAnyVersion.safeParse(raw);
  if (!result.success) {
    const { message, issues } = summarizeIssues(result.error.issues, raw);
    return fail({
      code: 'version',
      path: issues[0]?.path,
      issues,
      message: `This deck was saved by a newer BriefDeck (file format ${version}; this build reads up to ${SCHEMA_VERSION}) and uses content this build cannot show: ${message}`,
    });
  }
  const integrity = checkDeckIntegrity(result.data);
  if (integrity.error) return fail(integrity.error);
  const warnings = [
    `This deck was saved by a newer BriefDeck (file format ${version}; this build writes ${SCHEMA_VERSION}). It is open read-only and will not be saved over.`,
    ...unknownFieldWarnings(result.data),
    ...integrity.warnings,
  ];
  return { ok: true, deck: result.data as unknown as Deck, warnings, readOnly: true };
}

function unknownFieldWarnings(deck: unknown): string[] {
  const unknown = findUnknownFields(DeckSchemaAnyVersion, deck, MAX_UNKNOWN_WARNINGS + 1);
  const lines = unknown.slice(0, MAX_UNKNOWN_WARNINGS).map((p) => `Unknown field ${formatJsonPath(p)} is kept as it is; this version of BriefDeck does not use it.`);
  if (unknown.length > MAX_UNKNOWN_WARNINGS) lines.push('More unknown fields are kept as they are.');
  return lines;
}

/**
 * True when the deck came from a newer file format: the app shows it but must not save it
 * (saveDeckFile refuses it).
 */
export function isReadOnlyDeck(deck: { schemaVersion: number }): boolean {
  return deck.schemaVersion !== SCHEMA_VERSION;
}

/** An `encoding` error naming the byte offset and the line and column of the first bad byte. */
function encodingError(bytes: Uint8Array, offset: number): DeckError {
  const before = decodeUtf8Strict(bytes.subarray(0, offset));
  const { line, column } = before.ok ? lineColumnAt(before.text, before.text.length) : { line: undefined, column: undefined };
  const where = line !== undefined ? ` at line ${line}, column ${column}` : '';
  return {
    code: 'encoding',
    offset,
    line,
    column,
    message: `The file is not valid UTF-8 text: byte ${offset} (0x${bytes[offset].toString(16).padStart(2, '0')})${where} starts an invalid sequence. Re-save it as UTF-8.`,
  };
}

function fail(error: DeckError): ParseDeckResult {
  return { ok: false, error };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
