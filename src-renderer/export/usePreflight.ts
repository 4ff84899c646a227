import { useEffect, useMemo, useRef, useState } from 'react';
import type { Deck } from '../../src-shared/deck';
import { exportFindings, staticPreflight, tradecraftIssues, type ExportOptions, type PreflightIssue } from '../../src-shared/export';
import type { ArgumentMap } from '../../src-shared/sources';
import { api, hasApi, isIpcFailure } from '../api';

/**
 * Delay before asking main to measure again after an option changes (ms): option clicks in a row measure once. The
 * first check, as the dialog opens, asks at once.
 */
const MEASURE_DEBOUNCE_MS = 400;

/**
 * The pre-export check for the dialog: the static checks and the tradecraft findings of the exported slides at once
 * (pure; `argumentMaps` are the maps the checks read), then main's full check (`export:preflight`: measured in
 * Chromium at the export's page size, tradecraft included) replacing them when it answers. `measuring` is true meanwhile.
 */
export function usePreflight(deck: Deck, options: ExportOptions, argumentMaps: readonly ArgumentMap[]): { issues: PreflightIssue[]; measuring: boolean; error: string | null } {
  const quick = useMemo(() => [...staticPreflight(deck, options), ...tradecraftIssues(exportFindings(deck, options, argumentMaps))], [deck, options, argumentMaps]);
  const [measured, setMeasured] = useState<{ key: unknown; issues: PreflightIssue[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (!hasApi()) return;
    let live = true;
    const delay = asked.current ? MEASURE_DEBOUNCE_MS : 0;
    asked.current = true;
    const timer = setTimeout(() => {
      void api()
        .preflightExport({ deck, options })
        .then((result) => {
          if (!live) return;
          if (isIpcFailure(result)) setError(result.error.message);
          else {
            setError(null);
            setMeasured({ key: options, issues: result.issues });
          }
        });
    }, delay);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [deck, options]);
  const current = measured?.key === options ? measured.issues : null;
  return { issues: current ?? quick, measuring: hasApi() && current === null && error === null, error };
}
