import { useEffect, useState } from 'react';
import { ArgumentMapSchema, type ArgumentMap } from '../../../src-shared/sources';
import { api, hasApi, isIpcFailure } from '../../api';

/** State of the argument maps as loaded over `arguments:list`. */
export interface ArgumentMapsState {
  maps: ArgumentMap[];
  /** True until the first answer arrives. */
  loading: boolean;
  /** A message to show when the maps could not be loaded (no window.api, IPC failure, or an invalid map). */
  error: string | null;
}

let cache: Promise<ArgumentMapsState> | null = null;

/**
 * Loads the argument maps once per page through `api().listArgumentMaps()` (IPC channel `arguments:list`) and
 * validates each with `ArgumentMapSchema` (the renderer trusts no payload's shape); invalid maps are dropped and named
 * in `error`. A successful result is cached (the maps are read-only templates); a failed one is retried next time.
 */
export function loadArgumentMaps(): Promise<ArgumentMapsState> {
  cache ??= (async (): Promise<ArgumentMapsState> => {
    if (!hasApi()) return { maps: [], loading: false, error: 'The argument map is not available outside the app.' };
    const result = await api().listArgumentMaps({});
    if (isIpcFailure(result)) {
      cache = null; // a failed load is retried the next time a picker opens
      return { maps: [], loading: false, error: result.error.message };
    }
    const maps: ArgumentMap[] = [];
    const problems: string[] = [];
    for (const raw of result.maps as unknown[]) {
      const parsed = ArgumentMapSchema.safeParse(raw);
      if (parsed.success) maps.push(parsed.data);
      else problems.push(parsed.error.issues[0]?.message ?? 'invalid argument map');
    }
    return { maps, loading: false, error: problems.length ? `Skipped an invalid argument map: ${problems[0]}` : null };
  })().catch((e: unknown) => {
    cache = null;
    return { maps: [], loading: false, error: e instanceof Error ? e.message : String(e) };
  });
  return cache;
}

/**
 * React hook over {@link loadArgumentMaps}. Pass `provided` to skip IPC (component tests, or a parent that already
 * has the maps).
 */
export function useArgumentMaps(provided?: ArgumentMap[]): ArgumentMapsState {
  const [state, setState] = useState<ArgumentMapsState>(
    provided ? { maps: provided, loading: false, error: null } : { maps: [], loading: true, error: null },
  );
  useEffect(() => {
    if (provided) {
      setState({ maps: provided, loading: false, error: null });
      return;
    }
    let live = true;
    void loadArgumentMaps().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [provided]);
  return state;
}
