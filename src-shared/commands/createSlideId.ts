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
