/**
 * Formats a validation path (zod `issue.path`, or a checker's path) as a JSON path a reader can follow:
 * `['deck', 'slides', 3, 'citations', 0]` -> `deck.slides[3].citations[0]`; an empty path gives `(root)`.
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}
