import type { Deck } from '../../../src-shared/deck';
import { CliError } from '../cliError';
import { deckFromTemplate, readDeckFile } from '../deckSource';
import { refuseOverwritingInput } from '../outputGuard';
import type { PdfFlagValues } from '../pdfFlags';

/** What `briefdeck export` was asked to do (already checked by the argument parser). */
export interface ExportRequest {
  file?: string;
  template?: string;
  /** `print-html`: the document the PDF is printed from (reveal's print view), for debugging and bench/. */
  format: 'html' | 'pdf' | 'pptx' | 'md' | 'print-html';
  out: string;
  includeHidden: boolean;
  audience: boolean;
  /** PDF options from --paper, --layout, --per-page, --handout-notes, --builds (helper H's pdfFlags.ts). */
  pdf?: PdfFlagValues;
}

async function readDeck(request: ExportRequest): Promise<Deck> {
  if (request.template !== undefined) return deckFromTemplate(request.template);
  if (request.file !== undefined) return (await readDeckFile(request.file)).deck;
  throw new CliError('export needs a deck FILE or --template ID', 2);
}

/**
 * Reads the deck and runs the pre-export tradecraft check: refuses the deck (one line naming each problem) when it is
 * marked and a marking error remains; otherwise prints one warning line on `err` when other findings remain.
 */
async function loadDeck(request: ExportRequest, err: NodeJS.WritableStream): Promise<Deck> {
  const deck = await readDeck(request);
  const [{ blockersMessage, exportBlockers, exportFindings, resolveExportOptions }, { loadTemplateLibrary, defaultTemplatesDir }] = await Promise.all([
    import('../../../src-shared/export'),
    import('../../services/templateLibrary'),
  ]);
  const format = request.format === 'print-html' ? 'pdf' : request.format;
  const options = resolveExportOptions({ format, ...(format === 'pdf' ? request.pdf : {}), audience: request.audience, includeHidden: request.includeHidden });
  const findings = exportFindings(deck, options, (await loadTemplateLibrary(defaultTemplatesDir())).argumentMaps);
  const blockers = exportBlockers(findings);
  if (blockers.length > 0) throw new CliError(blockersMessage(blockers));
  if (findings.length > 0) {
    const source = request.file ?? `--template ${request.template}`;
    err.write(`briefdeck: warning: ${findings.length === 1 ? '1 tradecraft finding' : `${findings.length} tradecraft findings`} in the exported slides (see: briefdeck check ${source})\n`);
  }
  return deck;
}

/**
 * `briefdeck export`: HTML (one self-contained file), PDF (Chromium through playwright-core), PPTX or reveal.js
 * Markdown. For PDF, Chromium is
 * launched first so that it boots while the deck is read and rendered. The output is written atomically: on any
 * failure no file (and no partial file) is left at `out`. Prints one line: the file, slide count and time.
 * Refuses an `out` that is the input deck (refuseOverwritingInput); warns on `err` when --include-hidden is given
 * with --audience (ignored: an audience copy never includes hidden slides).
 */
export async function exportCommand(request: ExportRequest, out: NodeJS.WritableStream, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const started = performance.now();
  if (request.file !== undefined) await refuseOverwritingInput(request.file, request.out);
  if (request.audience && request.includeHidden) {
    err.write('briefdeck: warning: --include-hidden is ignored with --audience (an audience copy never includes hidden slides)\n');
  }
  // An audience copy never carries hidden (backup) slides, even with --include-hidden (issue 5; src-shared/export exportsHidden).
  const options = { includeHidden: request.includeHidden && !request.audience, audience: request.audience };
  const { writeOutputFile } = await import('../../services/export/writeOutputFile');
  const { visibleSlides } = await import('../../../src-shared/render/visibleSlides');
  if (request.format === 'pptx' || request.format === 'md') {
    // PPTX (pptxgenjs) and reveal.js Markdown: no browser. Markdown keeps hidden slides (marked data-visibility="hidden")
    // unless --audience.
    const deck = await loadDeck(request, err);
    const bytes =
      request.format === 'pptx'
        ? await (await import('../../services/export/pptx/exportPptx')).exportPptx(deck, options)
        : (await import('../../services/export/markdownExport')).exportMarkdown(deck, { audience: request.audience });
    await writeOutputFile(request.out, bytes);
    const count = request.format === 'md' && !request.audience ? deck.slides.length : visibleSlides(deck, { includeHidden: request.includeHidden && !request.audience }).length;
    out.write(`wrote ${request.out} (${count} slides, ${Math.round(performance.now() - started)} ms)\n`);
    return 0;
  }
  if (request.format === 'html') {
    const deck = await loadDeck(request, err);
    const { exportHtml } = await import('../../services/export/exportHtml');
    await writeOutputFile(request.out, exportHtml(deck, options));
    out.write(`wrote ${request.out} (${visibleSlides(deck, options).length} slides, ${Math.round(performance.now() - started)} ms)\n`);
    return 0;
  }
  if (request.format === 'print-html') {
    const deck = await loadDeck(request, err);
    const { pdfPrintHtml } = await import('../../services/export/exportPdf');
    await writeOutputFile(request.out, pdfPrintHtml(deck, options));
    out.write(`wrote ${request.out} (${visibleSlides(deck, options).length} slides, ${Math.round(performance.now() - started)} ms)\n`);
    return 0;
  }
  const { ChromiumPrinter } = await import('../../services/export/chromiumPrinter');
  const printer = new ChromiumPrinter();
  const launching = printer.launch();
  launching.catch(() => undefined);
  try {
    const deck = await loadDeck(request, err);
    // Every PDF layout, build steps, paper sizes and chunked printing: helper H's PDF job (slides on 16:9 still
    // print through exportPdf's reveal.js print view).
    const [{ runPdfExport }, { resolveExportOptions }] = await Promise.all([import('../../services/export/pdfJobs/runPdfExport'), import('../../../src-shared/export/exportOptions')]);
    const pdfOptions = resolveExportOptions({ format: 'pdf', ...request.pdf, audience: request.audience, includeHidden: request.includeHidden });
    const { pdf, pageCount } = await runPdfExport(deck, pdfOptions, printer);
    await writeOutputFile(request.out, pdf);
    out.write(`wrote ${request.out} (${pageCount} pages, ${Math.round(performance.now() - started)} ms)\n`);
    return 0;
  } finally {
    // Not awaited: the CLI exits right after this command (main.ts), and playwright-core's exit hook then kills
    // Chromium and removes its temporary profile synchronously, which saves the ~0.1 s of a graceful close.
    void printer.close().catch(() => undefined);
  }
}
