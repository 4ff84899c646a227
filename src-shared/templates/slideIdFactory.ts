/**
 * Returns a function that makes slide ids `<prefix>-1`, `<prefix>-2`, ... skipping any id in `taken` (and any
 * it has already returned), so the ids are unique within the deck they go into. Deterministic: the same prefix
 * and taken set give the same sequence, which keeps the commands that use it pure.
 */
export function createSlideIdFactory(prefix: string, taken: Iterable<string> = []): () => string {
  const used = new Set(taken);
  const safePrefix = prefix.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 80) || 'slide';
  let n = 0;
  return () => {
    let id: string;
    do id = `${safePrefix}-${++n}`;
    while (used.has(id));
    used.add(id);
    return id;
  };
}
