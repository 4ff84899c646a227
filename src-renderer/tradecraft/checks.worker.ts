/**
 * The tradecraft checks in a dedicated worker, so that a long check (about 0.1-0.2 s for 300 slides) never blocks a
 * keystroke. Receives `{ id, deck, argumentMaps }`, answers `{ id, findings }` or `{ id, error }`. The checks are pure
 * (src-shared/tradecraft): deck text is only read, never run.
 */
import type { Deck } from '../../src-shared/deck';
import type { ArgumentMap } from '../../src-shared/sources';
import { checkDeck } from '../../src-shared/tradecraft';

self.onmessage = (event: MessageEvent<{ id: number; deck: Deck; argumentMaps: ArgumentMap[] }>) => {
  const { id, deck, argumentMaps } = event.data;
  try {
    self.postMessage({ id, findings: checkDeck(deck, { argumentMaps }) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
