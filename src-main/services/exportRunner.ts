/**
 * The ExportService the `export:run` handler uses: the request's export options (src-shared/export, as validated),
 * then the exporters: PDF through `runPdfExport` (every layout, paper, build steps, chunked printing, progress,
 * cancel), HTML (`exportHtml`), PPTX (`exportPptx`) and Markdown (`deckToMarkdown`), each written atomically
 * (`writeOutputFile`).
 */
import { deckToMarkdown } from '../../src-shared/markdown';
import type { ExportOptions } from '../../src-shared/export';
import { exportHtml, writeOutputFile, type PdfPrinter } from './export';
import { PdfExportError, runPdfExport } from './export/pdfJobs';
import { exportPptx } from './export/pptx/exportPptx';
import { ServiceFailure, type ExportJob, type ExportService } from './serviceTypes';

function checkCancelled(job: ExportJob): void {
  if (job.signal.aborted) throw new ServiceFailure('cancelled', 'Export cancelled.');
}

/** The export's bytes or text (no file written) and its page count when it has pages. */
async function render(job: ExportJob, opts: ExportOptions, printer: PdfPrinter | undefined): Promise<{ output: string | Uint8Array; pageCount?: number }> {
  const { deck } = job;
  const total = deck.slides.length;
  const includeHidden = opts.includeHidden && !opts.audience;
  switch (opts.format) {
    case 'pdf': {
      if (!printer) throw new ServiceFailure('unavailable', 'PDF export needs a printer, and none is configured');
      const r = await runPdfExport(deck, opts, printer, {
        signal: job.signal,
        onProgress: (p) => {
          if (p.stage !== 'done') job.onProgress({ stage: p.stage, done: p.done, total: p.total });
        },
      });
      return { output: r.pdf, pageCount: r.pageCount };
    }
    case 'html':
      job.onProgress({ stage: 'rendering', done: 0, total });
      return { output: exportHtml(deck, { audience: opts.audience, includeHidden }) };
    case 'pptx':
      job.onProgress({ stage: 'rendering', done: 0, total });
      return { output: await exportPptx(deck, { audience: opts.audience, includeHidden }) };
    case 'md':
      job.onProgress({ stage: 'rendering', done: 0, total });
      return { output: deckToMarkdown(deck, { audience: opts.audience }) };
  }
}

/** An export service over `printer` (PDF only; the other formats need none). */
export function createExportService(printer?: PdfPrinter): ExportService {
  return {
    async run(job) {
      checkCancelled(job);
      const opts = job.options;
      let result: { output: string | Uint8Array; pageCount?: number };
      try {
        result = await render(job, opts, printer);
      } catch (err) {
        if (err instanceof ServiceFailure) throw err;
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
