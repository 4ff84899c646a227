/**
 * The one slide-id policy. Pure code takes its ids from a generator it is given; two generators exist:
 * - `createSlideIdFactory(prefix, taken)`: deterministic `<prefix>-1`, `-2`, ... (templates, and the default of the
 *   pure commands), so the same inputs give the same deck;
 * - `createSlideId(taken)`: unique in this session and across sessions, for the editor, which calls it outside any
 *   command and passes the id (or a generator over it) in.
 */
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

/**
 * Slide ids: `s-<time base 36>-<counter base 36>-<6 random base-36 chars>`, e.g. "s-lz3k9a-1-x7f2qp". The counter makes
 * ids made in one session distinct even when the random part repeats (tests with a seeded or mocked Math.random);
 * the time and random parts make ids from two sessions distinct. Randomness comes from `globalThis.crypto`
 * (Web Crypto, present in browsers and Node) when available, else Math.random.
 */
let counter = 0;

interface CryptoLike {
  getRandomValues(array: Uint32Array): Uint32Array;
}

function randomPart(): string {
  const crypto = (globalThis as unknown as { crypto?: CryptoLike }).crypto;
  let n: number;
  if (crypto?.getRandomValues) n = crypto.getRandomValues(new Uint32Array(1))[0];
  else n = Math.floor(Math.random() * 0x100000000);
  return n.toString(36).padStart(6, '0').slice(-6);
}

/**
 * A new slide id, unique in this session; also distinct from every id in `taken` (the deck's current ids) when
 * given.
 */
export function createSlideId(taken?: ReadonlySet<string> | readonly string[]): string {
  const used = taken === undefined ? undefined : taken instanceof Set ? taken : new Set(taken as readonly string[]);
  for (;;) {
    counter += 1;
    const id = `s-${Date.now().toString(36)}-${counter.toString(36)}-${randomPart()}`;
    if (!used?.has(id)) return id;
  }
}

/** The ids of a deck's slides, for createSlideId's `taken`. */
export function slideIdsOf(deck: { slides: readonly { id: string }[] }): Set<string> {
  return new Set(deck.slides.map((s) => s.id));
}
