/**
 * The ExportService the `export:run` handler uses: the contract's format and options mapped onto the exporters
 * (helper B: exportHtml, exportPdf through a PdfPrinter; helper G: exportPptx, deckToMarkdown), with progress by
 * stage, cancellation between stages, and an atomic write of the result (`writeOutputFile`).
 */
import { deckToMarkdown } from '../../src-shared/markdown';
import { exportHtml, exportPdf, writeOutputFile, type PdfPrinter } from './export';
import { exportPptx } from './export/pptx/exportPptx';
import { ServiceFailure, type ExportJob, type ExportService } from './serviceTypes';

/** Rejects with ServiceFailure('cancelled') once the job's signal is aborted. */
function checkCancelled(job: ExportJob): void {
  if (job.signal.aborted) throw new ServiceFailure('cancelled', 'export cancelled');
}

/** Renders the export bytes or text for `job` (no file written). */
async function render(job: ExportJob, printer: PdfPrinter | undefined): Promise<string | Uint8Array> {
  const { deck, options } = job;
  /** An audience copy carries no speaker notes anywhere (E7); `includeNotes` is the contract's positive form. */
  const audience = !options.includeNotes;
  switch (job.format) {
    case 'html':
      return exportHtml(deck, { ...options, audience, includeHidden: options.includeHidden });
    case 'pdf':
      if (!printer) throw new ServiceFailure('unavailable', 'PDF export needs a printer, and none is configured');
      return exportPdf(deck, { ...options, audience, includeHidden: options.includeHidden, buildSteps: options.buildSteps }, printer);
    case 'pptx':
      return exportPptx(deck, { audience, includeHidden: options.includeHidden });
    case 'markdown':
      return deckToMarkdown(deck, { audience });
  }
}

/** An export service over `printer` (PDF only; the other formats need none). */
export function createExportService(printer?: PdfPrinter): ExportService {
  return {
    async run(job) {
      const total = job.deck.slides.length;
      checkCancelled(job);
      job.onProgress({ stage: 'rendering', done: 0, total });
      let output: string | Uint8Array;
      try {
        output = await render(job, printer);
      } catch (err) {
        if (err instanceof ServiceFailure) throw err;
        throw new ServiceFailure('export-failed', `${job.format.toUpperCase()} export failed: ${err instanceof Error ? err.message : String(err)}`);
      }
      checkCancelled(job);
      job.onProgress({ stage: 'writing', done: total, total });
      await writeOutputFile(job.path, output);
      job.onProgress({ stage: 'done', done: total, total });
      return {};
    },
  };
}
