import './zodConfig';
import type { Deck } from './deck';
import { summarizeIssues } from './schemaIssues';
import { DeckSchemaAnyVersion } from './parseDeck';

/** Thrown by serializeDeck when the in-memory deck does not match the schema (a bug, not a user error). */
export class DeckSerializeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeckSerializeError';
  }
}

/**
 * Writes a deck as the text of a `.briefdeck` file: UTF-8 JSON, 2-space indent, one trailing newline, never a BOM.
 * Keys come out in a stable order (schema fields in schema order, then unknown fields in their original order),
 * because the deck is first normalized by the schema. A deck read by parseDeck and written back without edits gives
 * the same text. Throws DeckSerializeError (naming the JSON path) if the deck is invalid, so an invalid deck is never
 * written to disk.
 */
export function serializeDeck(deck: Deck): string {
  const normalized = DeckSchemaAnyVersion.safeParse(deck);
  if (!normalized.success) {
    throw new DeckSerializeError(`The deck cannot be saved: ${summarizeIssues(normalized.error.issues, deck).message}`);
  }
  return `${JSON.stringify(normalized.data, null, 2)}\n`;
}
