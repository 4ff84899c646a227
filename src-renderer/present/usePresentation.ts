import { useEffect, useState } from 'react';
import { api, isIpcFailure } from '../api';
import type { Deck } from '../../src-shared/deck';
import type { PresentStatus } from '../../src-shared/ipc';

/** What a presenting window renders: the deck being presented and the one shared status. */
export interface PresentationView {
  deck: Deck | null;
  status: PresentStatus | null;
  /** Set when the state could not be read. */
  error: string | null;
}

/**
 * Follows the main process's presentation: reads the snapshot once, then applies every `present:state` broadcast,
 * ignoring any older than what it has (`revision`). When a broadcast names a newer deck (`deckRevision`), it reads
 * the snapshot again for the deck.
 */
export function usePresentation(): PresentationView {
  const [view, setView] = useState<PresentationView>({ deck: null, status: null, error: null });

  useEffect(() => {
    let alive = true;
    let deckRevision = -1;
    let revision = -1;
    const load = async () => {
      const snap = await api().getPresentationState({});
      if (!alive) return;
      if (isIpcFailure(snap)) return setView((v) => ({ ...v, error: snap.error.message }));
      if (snap.revision < revision) return;
      revision = snap.revision;
      deckRevision = snap.deckRevision;
      const { deck, ...status } = snap;
      setView({ deck, status, error: null });
    };
    const off = api().on('present:state', (status) => {
      if (!alive || status.revision <= revision) return;
      if (status.active && status.deckRevision !== deckRevision) return void load();
      revision = status.revision;
      setView((v) => ({ ...v, status }));
    });
    void load();
    return () => {
      alive = false;
      off();
    };
  }, []);

  return view;
}
