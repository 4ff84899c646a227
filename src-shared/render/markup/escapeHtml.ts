/**
 * HTML escaping for user text. Every user string that reaches markup goes through `escapeHtml` (text and attribute
 * values alike: it escapes `& < > " '`, so a value is safe inside a double- or single-quoted attribute).
 * Source: OWASP XSS Prevention Cheat Sheet, rules 1 and 2.
 */
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes `& < > " '` in `text`. Returns a string safe as HTML text or as a quoted attribute value. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITY[c]);
}

/**
 * Turns any string into a token safe for an HTML `id` / URL fragment: ASCII letters, digits, `-` and `_` only
 * (everything else becomes `-`), never empty. Used for slide section ids, which reveal.js also uses as hash routes.
 */
export function safeIdToken(text: string): string {
  const token = String(text).replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return token === '' ? 'x' : token;
}
