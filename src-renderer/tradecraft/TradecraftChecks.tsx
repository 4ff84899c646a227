import { useEffect } from 'react';
import { checkDeck } from '../../src-shared/tradecraft';
import { useArgumentMaps } from '../editor/citations/useArgumentMaps';
import { useEditor } from '../store';
import { findingsStore } from './findingsStore';

/** Quiet time after the last edit before the checks run again, in ms: a typing burst is checked once, at its end. */
export const CHECK_DEBOUNCE_MS = 300;

/** requestIdleCallback where the browser has it (Chromium), else the next task. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
}

/**
 * Runs the tradecraft checks (src-shared/tradecraft checkDeck, with the argument maps loaded over `arguments:list`)
 * on the open deck, off the keystroke path: {@link CHECK_DEBOUNCE_MS} after the deck last changed, then when the
 * browser is idle. Writes the findings to findingsStore. Renders nothing; mounted once in the editor screen.
 */
export function TradecraftChecks() {
  const deck = useEditor((s) => s.deck);
  const { maps, loading } = useArgumentMaps();
  useEffect(() => {
    if (!deck) {
      findingsStore.setState({ findings: [], checked: null });
      return;
    }
    if (loading) return;
    let cancelIdle = () => {};
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(() => findingsStore.setState({ findings: checkDeck(deck, { argumentMaps: maps }), checked: deck }));
    }, CHECK_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      cancelIdle();
    };
  }, [deck, maps, loading]);
  return null;
}
