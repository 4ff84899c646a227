import { useEffect } from 'react';
import { useArgumentMaps } from '../editor/citations/useArgumentMaps';
import { editorStore, useEditor } from '../store';
import { runChecks } from './checkRunner';
import { findingsStore } from './findingsStore';

/** Quiet time after the last edit before the checks run again, in ms: a typing burst is checked once, at its end. */
export const CHECK_DEBOUNCE_MS = 300;

/**
 * Runs the tradecraft checks (src-shared/tradecraft checkDeck, with the argument maps loaded over `arguments:list`)
 * on the open deck, off the keystroke path: {@link CHECK_DEBOUNCE_MS} after the deck last changed, in a worker
 * (checkRunner). Writes the findings to findingsStore; an answer for a deck that has changed since is dropped. A
 * failed check is shown in the alert region. Renders nothing; mounted once in the editor screen.
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
    let live = true;
    const timer = setTimeout(() => {
      runChecks(deck, maps).then(
        (findings) => live && findingsStore.setState({ findings, checked: deck }),
        (err: unknown) => live && editorStore.getState().showAlert('error', `The tradecraft checks failed: ${err instanceof Error ? err.message : String(err)}`),
      );
    }, CHECK_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [deck, maps, loading]);
  return null;
}
