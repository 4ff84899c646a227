import { DeckSchema, type Deck } from '../../src-shared/deck';

/** A script payload that sets `window.__pwned` if it ever runs (docs/security.md, "canary"). */
export const CANARY = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><svg onload="window.__pwned=3">`;

/**
 * A 12-slide briefing for presenting tests: slide 3 (index 2) builds three key judgments one at a time, slides 5 and
 * 10 (indices 4 and 9) are hidden backup slides, and slide 6's title and notes carry a script payload.
 */
export function presentDeck(overrides: Partial<Deck> = {}): Deck {
  const slides = Array.from({ length: 12 }, (_, i) => {
    const n = i + 1;
    const base = { id: `s${n}`, title: `Slide ${n}`, notes: `Notes for slide ${n}: say the key point.` };
    if (i === 0) return { ...base, layout: 'title', title: 'Türkiye and Iran after 7 October', subtitle: 'Alignment without alliance' };
    if (i === 2) {
      return {
        ...base,
        layout: 'bluf',
        title: 'Key judgments',
        bluf: 'Ankara and Tehran align on Gaza rhetoric but compete in Syria and the Caucasus.',
        judgments: [
          { text: 'Rhetorical convergence on Gaza', confidence: 'high', fragment: true },
          { text: 'Competition in Syria persists', confidence: 'moderate', fragment: true },
          { text: 'No formal alliance is likely', confidence: 'moderate', fragment: true },
        ],
      };
    }
    if (i === 4 || i === 9) return { ...base, layout: 'bullets', title: `Backup ${n}`, hidden: true, bullets: [{ text: 'Backup detail' }] };
    if (i === 5) return { ...base, layout: 'bullets', title: `Slide ${n} ${CANARY}`, notes: `Careful ${CANARY}`, bullets: [{ text: `Bullet ${CANARY}` }] };
    return { ...base, layout: 'bullets', bullets: [{ text: `Point ${n}.1` }, { text: `Point ${n}.2`, level: 1 }] };
  });
  return DeckSchema.parse({
    schemaVersion: 2,
    title: 'Turkish–Iranian alignment',
    classification: { text: 'UNCLASSIFIED // FOR TRAINING', level: 'unclassified' },
    slides,
    ...overrides,
  });
}
