/**
 * The ExportService the `export:run` handler uses: the request's export options (src-shared/export, as validated)
 * through the one export dispatcher (`exportDeck`, shared with the CLI), then the file written atomically
 * (`writeOutputFile`), with progress and cancel.
 */
import { exportDeck, NoPrinterError, type ExportedDeck } from './export/exportDeck';
import type { PdfPrinter } from './export/pdf/pdfPrinter';
import { PdfExportError } from './export/pdf/pdfExportError';
import { writeOutputFile } from './export/writeOutputFile';
import { ServiceFailure, type ExportJob, type ExportService } from './ports/serviceTypes';

function checkCancelled(job: ExportJob): void {
  if (job.signal.aborted) throw new ServiceFailure('cancelled', 'Export cancelled.');
}

/** An export service over `printer` (PDF only; the other formats need none). */
export function createExportService(printer?: PdfPrinter): ExportService {
  return {
    async run(job) {
      checkCancelled(job);
      let result: ExportedDeck;
      try {
        result = await exportDeck(job.deck, job.options, printer, {
          signal: job.signal,
          onProgress: (p) => {
            if (p.stage !== 'done') job.onProgress({ stage: p.stage, done: p.done, total: p.total });
          },
        });
      } catch (err) {
        if (err instanceof NoPrinterError) throw new ServiceFailure('unavailable', err.message);
        if (err instanceof PdfExportError && err.code === 'cancelled') throw new ServiceFailure('cancelled', err.message);
        throw new ServiceFailure('export-failed', err instanceof Error ? err.message : String(err));
      }
      checkCancelled(job);
      const total = result.pageCount ?? job.deck.slides.length;
      job.onProgress({ stage: 'writing', done: total, total });
      await writeOutputFile(job.path, result.output);
      job.onProgress({ stage: 'done', done: total, total });
      return result.pageCount !== undefined ? { pageCount: result.pageCount } : {};
    },
  };
}
