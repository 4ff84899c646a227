import type { Citation } from './citation';

/**
 * Calls `fn` on every citation of `value` at any depth (the slide's own, a bullet's, a key judgment's, a column
 * bullet's, a timeline entry's): every array held under a `citations` key. Pure; reads only.
 */
export function forEachCitation(value: unknown, fn: (citation: Citation) => void): void {
  if (Array.isArray(value)) {
    for (const v of value) forEachCitation(v, fn);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'citations' && Array.isArray(child)) {
      for (const c of child) if (c && typeof c === 'object' && typeof (c as Citation).sourceId === 'string') fn(c as Citation);
    } else if (child && typeof child === 'object') forEachCitation(child, fn);
  }
}

/**
 * A deep copy of `value` in which every citation's `sourceId` found in `renamed` is replaced by its new id (a
 * pasted slide whose source took a new id in the target deck). Returns a new value; the input is never changed.
 */
export function renameCitationSources<T>(value: T, renamed: ReadonlyMap<string, string>): T {
  const copy = JSON.parse(JSON.stringify(value)) as T;
  if (renamed.size === 0) return copy;
  forEachCitation(copy, (c) => {
    const to = renamed.get(c.sourceId);
    if (to !== undefined) c.sourceId = to;
  });
  return copy;
}
