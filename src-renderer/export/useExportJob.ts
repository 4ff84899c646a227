import { useCallback, useEffect, useRef, useState } from 'react';
import type { Deck } from '../../src-shared/deck';
import type { ExportOptions } from '../../src-shared/export';
import { api, hasApi, isIpcFailure, type ExportProgress } from '../api';

/** The state of the dialog's export: idle, running (with progress), or failed (message, and the slide it names). */
export type JobState =
  | { phase: 'idle' }
  | { phase: 'running'; jobId: string; progress: ExportProgress | null; cancelling: boolean }
  | { phase: 'failed'; message: string; slideNumber: number | null }
  | { phase: 'done'; path: string; pageCount?: number };

let counter = 0;

/**
 * Runs `export:run` with the dialog's options (main asks for the file with the save dialog), follows
 * `export:progress` for this job, and cancels with `export:cancel`. A failure message that names a slide
 * ("Slide 4 …", as PdfExportError writes it) gives `slideNumber` so the dialog can jump to it.
 */
export function useExportJob(): { state: JobState; run(deck: Deck, options: ExportOptions): Promise<void>; cancel(): void } {
  const [state, setState] = useState<JobState>({ phase: 'idle' });
  const jobRef = useRef<string | null>(null);
  useEffect(() => {
    if (!hasApi()) return;
    return api().on('export:progress', (p) => {
      if (p.jobId !== undefined && p.jobId === jobRef.current) setState((s) => (s.phase === 'running' ? { ...s, progress: p } : s));
    });
  }, []);
  const run = useCallback(async (deck: Deck, options: ExportOptions) => {
    const jobId = `dialog-${Date.now().toString(36)}-${++counter}`;
    jobRef.current = jobId;
    setState({ phase: 'running', jobId, progress: null, cancelling: false });
    const result = await api().runExport({ deck, options, jobId });
    jobRef.current = null;
    if (isIpcFailure(result)) {
      if (result.error.code === 'cancelled') return setState({ phase: 'idle' });
      const slide = /\bSlide (\d+)\b/.exec(result.error.message);
      return setState({ phase: 'failed', message: result.error.message, slideNumber: slide ? Number(slide[1]) : null });
    }
    if ('canceled' in result) return setState({ phase: 'idle' });
    setState({ phase: 'done', path: result.path, pageCount: result.pageCount });
  }, []);
  const cancel = useCallback(() => {
    const jobId = jobRef.current;
    if (!jobId) return;
    setState((s) => (s.phase === 'running' ? { ...s, cancelling: true } : s));
    void api().cancelExport({ jobId });
  }, []);
  return { state, run, cancel };
}
