/**
 * Handlers for exports: ask for the target with the save dialog (or take a path the user chose earlier), run the
 * exporter with progress events to the sender, and cancel.
 */
import { basename, resolve } from 'node:path';
import { blockersMessage, exportBlockers, exportFindings, uncoveredCharacterBlockers, uncoveredCharactersMessage, type ExportFormat } from '../../src-shared/export';
import { runPreflight } from '../services/export/preflight/runPreflight';
import { ipcFailure } from '../../src-shared/ipc';
import { suggestedFileName } from './deckFileHandlers';
import type { FileFilter } from '../services/ports/dialogs';
import type { CoreHandlerTable } from './handlerTypes';
import { ServiceFailure, type Services } from '../services/ports/serviceTypes';

type ExportHandlers = Pick<CoreHandlerTable, 'export:run' | 'export:cancel' | 'export:preflight'>;

/** File extension, save-dialog title word and dialog filter of each export format. */
export const EXPORT_FILE_TYPES: Record<ExportFormat, { extension: string; title: string; filter: FileFilter }> = {
  pdf: { extension: 'pdf', title: 'PDF', filter: { name: 'PDF document', extensions: ['pdf'] } },
  html: { extension: 'html', title: 'HTML', filter: { name: 'Web page (single file)', extensions: ['html'] } },
  pptx: { extension: 'pptx', title: 'PPTX', filter: { name: 'PowerPoint presentation', extensions: ['pptx'] } },
  md: { extension: 'md', title: 'MARKDOWN', filter: { name: 'Markdown', extensions: ['md'] } },
};

export function createExportHandlers({ exporter, dialogs, grants, preflightProbe, templates }: Services): ExportHandlers {
  const jobs = new Map<string, AbortController>();
  /** Job ids cancelled before their export had started (e.g. while the save dialog was still open). */
  const cancelledEarly = new Set<string>();
  let counter = 0;

  return {
    'export:run': async ({ deck, options, path, jobId }, ctx) => {
      const { format } = options;
      // A marked deck with marking errors is refused before the save dialog opens: nothing is chosen or written.
      const blockers = exportBlockers(exportFindings(deck, options, await templates.argumentMaps()));
      if (blockers.length > 0) return ipcFailure('export-failed', blockersMessage(blockers));
      // So is a PDF that would print characters no bundled font has as empty boxes.
      const uncovered = uncoveredCharacterBlockers(deck, options);
      if (uncovered.length > 0) return ipcFailure('export-failed', uncoveredCharactersMessage(uncovered));
      const type = EXPORT_FILE_TYPES[format];
      let target: string;
      if (path !== undefined) {
        target = resolve(path);
        if (!grants.has(target)) return ipcFailure('forbidden-path', `export to a path the user has not chosen: ${basename(target)}`);
      } else {
        const chosen = await dialogs.showSave(ctx.windowId, {
          title: `Export ${type.title}`,
          defaultPath: suggestedFileName(deck, type.extension),
          filters: [type.filter],
        });
        if (chosen === null) return { canceled: true };
        target = resolve(chosen);
        grants.grant(target);
      }
      const id = jobId ?? `export-${++counter}`;
      if (jobs.has(id)) return ipcFailure('invalid-request', `an export with job id ${id} is already running`);
      if (cancelledEarly.delete(id)) return ipcFailure('cancelled', 'export cancelled before it started');
      const controller = new AbortController();
      jobs.set(id, controller);
      try {
        const result = await exporter.run({
          deck,
          options,
          path: target,
          signal: controller.signal,
          onProgress: (p) => ctx.emit('export:progress', { ...p, jobId: id, format }),
        });
        if (controller.signal.aborted) throw new ServiceFailure('cancelled', 'export cancelled');
        return { path: target, ...(result.pageCount !== undefined ? { pageCount: result.pageCount } : {}) };
      } finally {
        jobs.delete(id);
      }
    },

    'export:cancel': async ({ jobId }) => {
      for (const [id, controller] of jobs) if (jobId === undefined || id === jobId) controller.abort();
      if (jobId !== undefined && !jobs.has(jobId)) cancelledEarly.add(jobId);
      return { ok: true };
    },

    // The pre-export check: static checks, plus the browser's measurements when a probe is configured.
    'export:preflight': async ({ deck, options }) => {
      try {
        return { issues: await runPreflight(deck, options, preflightProbe, await templates.argumentMaps()) };
      } catch (err) {
        return ipcFailure('export-failed', `pre-export check failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
  };
}
