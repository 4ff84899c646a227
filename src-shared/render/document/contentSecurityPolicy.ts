/**
 * The Content-Security-Policy of a deck document (docs/security.md item 7): nothing is allowed unless listed.
 * - `script-src`: only the listed hashes of our inline scripts (no 'unsafe-inline', no eval);
 * - `style-src 'unsafe-inline'`: our inline `<style>` and reveal's computed inline styles;
 * - `img-src data:` and `font-src data:`: images and fonts are embedded;
 * - `frame-src 'self'` only when the speaker view is enabled (its preview iframes load this same file);
 * - no connect, media, object, base or form targets.
 */
export function deckContentSecurityPolicy(scriptHashes: readonly string[], allowSelfFrames: boolean): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    allowSelfFrames ? "frame-src 'self'" : '',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ]
    .filter(Boolean)
    .join('; ');
}
