import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Deck } from '../../src-shared/deck';
import { openFindings, type Finding } from '../../src-shared/tradecraft';

/** The latest tradecraft check: its findings and the deck object it checked (null before the first run). */
export interface FindingsState {
  findings: Finding[];
  checked: Deck | null;
}

/**
 * The findings of the open deck, outside the editor store: they are derived from the deck, never part of its history,
 * and the toolbar's badge and the Tradecraft panel read the same run (see TradecraftChecks).
 */
export const findingsStore = createStore<FindingsState>()(() => ({ findings: [], checked: null }));

/** The findings of the latest check, for a React component. */
export function useFindings(): Finding[] {
  return useStore(findingsStore, (s) => s.findings);
}

/** How many findings still count (not acknowledged): the toggle's badge. */
export function useOpenFindingCount(): number {
  return useStore(findingsStore, (s) => openFindings(s.findings).length);
}
