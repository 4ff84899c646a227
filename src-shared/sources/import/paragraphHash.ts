import { sha256, utf8Bytes } from '../../render/document/sha256';

/** A paragraph's text as it is compared: Unicode NFC, whitespace runs collapsed to one space, trimmed. */
export function normalizeParagraphText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The hash of a paragraph: the first 16 hex digits (64 bits) of the SHA-256 of its normalized text
 * (`normalizeParagraphText`). A re-imported source matches paragraphs by it first, then by text similarity.
 */
export function paragraphHash(text: string): string {
  const digest = sha256(utf8Bytes(normalizeParagraphText(text)));
  let hex = '';
  for (let i = 0; i < 8; i++) hex += digest[i].toString(16).padStart(2, '0');
  return hex;
}
