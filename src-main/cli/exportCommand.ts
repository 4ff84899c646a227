import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Deck } from '../../src-shared/deck';
import type { ExportOptions } from '../../src-shared/export';
import { CliError } from './cliError';
import { cliTemplateService, deckFromTemplate, readDeckFile } from './deckSource';
import { refuseMismatchedExtension, refuseOverwritingInput } from './outputGuard';
import type { PdfFlagValues } from './pdfFlags';
import type { ChromiumPrinter } from '../services/export/pdf/chromiumPrinter';

/** What `briefdeck export` was asked to do (already checked by the argument parser). */
export interface ExportRequest {
  file?: string;
  template?: string;
  /** `print-html`: the document the PDF is printed from (reveal's print view), for debugging and bench/. */
  format: 'html' | 'pdf' | 'pptx' | 'md' | 'print-html';
  out: string;
  includeHidden: boolean;
  audience: boolean;
  /** Write even when `out`'s extension is not the format's (outputGuard.ts). */
  force: boolean;
  /** Refuse the export (exit 1, nothing written) when the pre-export check finds anything (exportPreflight.ts). */
  strict?: boolean;
  /** PDF options from --paper, --layout, --per-page, --handout-notes, --builds (pdfFlags.ts). */
  pdf?: PdfFlagValues;
}

async function readDeck(request: ExportRequest): Promise<Deck> {
  if (request.template !== undefined) return deckFromTemplate(request.template);
  if (request.file !== undefined) return (await readDeckFile(request.file)).deck;
  throw new CliError('export needs a deck FILE or --template ID', 2);
}

/**
 * Check: refuse an `out` that is the input deck, or whose extension is not the format's (unless --force), or in a
 * folder that does not exist; warn when --include-hidden is ignored by --audience. Returns whether `out` exists
 * (the export then says "replaced", not "wrote").
 */
async function check(request: ExportRequest, err: NodeJS.WritableStream): Promise<boolean> {
  if (request.file !== undefined) await refuseOverwritingInput(request.file, request.out);
  // Before any printing: an --out into a folder that does not exist fails now, in the same words as the write.
  const folder = dirname(resolve(request.out));
  if (!(await stat(folder).then((s) => s.isDirectory(), () => false))) throw new CliError(`cannot write ${request.out}: the folder ${folder} does not exist (ENOENT)`);
  // A folder as --out is refused by the write, in its own words (EISDIR), not for its missing extension.
  const existing = await stat(request.out).catch(() => undefined);
  if (!existing?.isDirectory()) refuseMismatchedExtension(request.format, request.out, request.force);
  if (request.audience && request.includeHidden) {
    err.write('briefdeck: warning: --include-hidden is ignored with --audience (an audience copy never includes hidden slides)\n');
  }
  return existing !== undefined;
}

/**
 * Load: reads the deck and runs the pre-export check: refuses the deck (one line naming each problem) when it is
 * marked and a marking error remains, or when a PDF would print characters no bundled font has; otherwise runs the export dialog's check (runExportPreflight: a warning line
 * per finding, the layout measured in `printer`'s Chromium for a PDF) and, with --strict, refuses on any finding.
 * Returns the deck and the warning lines to print once the export is written.
 */
async function loadDeck(request: ExportRequest, options: ExportOptions, err: NodeJS.WritableStream, printer?: ChromiumPrinter): Promise<{ deck: Deck; warnings: string[] }> {
  const deck = await readDeck(request);
  const [{ blockersMessage, exportBlockers, exportFindings, uncoveredCharacterBlockers, uncoveredCharactersMessage }, { runExportPreflight }] = await Promise.all([import('../../src-shared/export'), import('./exportPreflight')]);
  const argumentMaps = await (await cliTemplateService()).argumentMaps();
  const blockers = exportBlockers(exportFindings(deck, options, argumentMaps));
  if (blockers.length > 0) throw new CliError(blockersMessage(blockers));
  const uncovered = uncoveredCharacterBlockers(deck, options);
  if (uncovered.length > 0) throw new CliError(uncoveredCharactersMessage(uncovered));
  const source = request.file ?? `--template ${request.template}`;
  const warnings = await runExportPreflight(deck, options, { printer, argumentMaps, source, strict: request.strict === true }, err);
  return { deck, warnings };
}

/**
 * `briefdeck export`: check, load, export, write, report. The export is the app's own dispatcher (`exportDeck`:
 * HTML as one self-contained file, PDF through Chromium (playwright-core), PPTX, reveal.js Markdown), so the CLI
 * and the export dialog make the same files from the same options. For PDF, Chromium is launched first so that it
 * boots while the deck is read. The output is written atomically: on any failure no file (and no partial file) is
 * left at `out`. Reports one line ("wrote", or "replaced" when `out` existed): the file, the page (PDF) or slide count and the time,
 * after the pre-export check's warning lines on `err` (printed once the file is written; a failed export prints its
 * one error line only, and `--strict` refuses before writing when there is any finding).
 */
export async function exportCommand(request: ExportRequest, out: NodeJS.WritableStream, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const started = performance.now();
  const verb = (await check(request, err)) ? 'replaced' : 'wrote';
  const [{ writeOutputFile }, { resolveExportOptions }] = await Promise.all([import('../services/export/writeOutputFile'), import('../../src-shared/export/exportOptions')]);
  const format = request.format === 'print-html' ? 'pdf' : request.format;
  const options = resolveExportOptions({ format, ...(format === 'pdf' ? request.pdf : {}), audience: request.audience, includeHidden: request.includeHidden });
  if (request.format === 'print-html') {
    const { deck, warnings } = await loadDeck(request, options, err);
    const [{ pdfPrintHtml }, { visibleSlides }] = await Promise.all([import('../services/export/pdf/revealPrint'), import('../../src-shared/render/markup/visibleSlides')]);
    const chosen = { includeHidden: request.includeHidden && !request.audience, audience: request.audience };
    await writeOutputFile(request.out, pdfPrintHtml(deck, chosen));
    for (const line of warnings) err.write(line);
    out.write(`${verb} ${request.out} (${visibleSlides(deck, chosen).length} slides, ${Math.round(performance.now() - started)} ms)\n`);
    return 0;
  }
  const { exportDeck } = await import('../services/export/exportDeck');
  const printer = request.format === 'pdf' ? new (await import('../services/export/pdf/chromiumPrinter')).ChromiumPrinter() : undefined;
  printer?.launch().catch(() => undefined);
  try {
    const { deck, warnings } = await loadDeck(request, options, err, printer);
    const result = await exportDeck(deck, options, printer);
    await writeOutputFile(request.out, result.output);
    for (const line of warnings) err.write(line);
    const count = result.pageCount !== undefined ? `${result.pageCount} pages` : `${result.slideCount} slides`;
    out.write(`${verb} ${request.out} (${count}, ${Math.round(performance.now() - started)} ms)\n`);
    return 0;
  } finally {
    // Not awaited: the CLI exits right after this command (main.ts), and playwright-core's exit hook then kills
    // Chromium and removes its temporary profile synchronously, which saves the ~0.1 s of a graceful close.
    void printer?.close().catch(() => undefined);
  }
}
