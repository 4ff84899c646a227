import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Deck } from '../../src-shared/deck';
import type { ExportOptions } from '../../src-shared/export';
import { CliError } from './cliError';
import { cliTemplateService, deckFromTemplate, readDeckFile } from './deckSource';
import { FORMAT_EXTENSIONS, refuseMismatchedExtension, refuseOverwritingInput } from './outputGuard';
import type { PdfFlagValues } from './pdfFlags';
import { startPrinter } from './startPrinter';
import type { ChromiumPrinter } from '../services/export/pdf/chromiumPrinter';

/** What `briefdeck export` was asked to do (already checked by the argument parser). */
export interface ExportRequest {
  file?: string;
  template?: string;
  /** `print-html`: the document the PDF is printed from (buildPrintDocument), for debugging and bench/. */
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

/** One deck of `briefdeck export … --out-dir DIR`: a deck file or a built-in template. */
export type BatchDeck = { file: string; template?: undefined } | { template: string; file?: undefined };

/** `briefdeck export A B … --out-dir DIR`: the single export's options, several decks, one output folder. */
export interface ExportBatchRequest extends Omit<ExportRequest, 'file' | 'template' | 'out'> {
  decks: BatchDeck[];
  outDir: string;
}

/** An export made in memory, ready to write: the bytes, the output path and the lines to print once written. */
interface PreparedExport {
  out: string;
  output: string | Uint8Array;
  verb: 'wrote' | 'replaced';
  warnings: string[];
  /** "50 pages" or "12 slides". */
  count: string;
}

/** Load, check and export one deck to memory (nothing written): the shared part of the single and batch exports. */
async function prepareExport(request: ExportRequest, verb: PreparedExport['verb'], err: NodeJS.WritableStream, printer?: ChromiumPrinter): Promise<PreparedExport> {
  const { resolveExportOptions } = await import('../../src-shared/export/exportOptions');
  const format = request.format === 'print-html' ? 'pdf' : request.format;
  const options = resolveExportOptions({ format, ...(format === 'pdf' ? request.pdf : {}), audience: request.audience, includeHidden: request.includeHidden });
  if (request.format === 'print-html') {
    const { deck, warnings } = await loadDeck(request, options, err);
    const [{ buildPrintDocument }, { loadDeckAssets }] = await Promise.all([import('../../src-shared/print'), import('../services/export/assets/deckAssets')]);
    const { html, plan } = buildPrintDocument(deck, options, loadDeckAssets(deck.theme, false));
    return { out: request.out, output: html, verb, warnings, count: `${plan.length} pages` };
  }
  const { exportDeck } = await import('../services/export/exportDeck');
  const { deck, warnings } = await loadDeck(request, options, err, printer);
  const result = await exportDeck(deck, options, printer);
  const count = result.pageCount !== undefined ? `${result.pageCount} pages` : `${result.slideCount} slides`;
  return { out: request.out, output: result.output, verb, warnings, count };
}

/** Writes a prepared export atomically, then prints its warnings on `err` and its one report line on `out`. */
async function writePrepared(prepared: PreparedExport, started: number, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<void> {
  const { writeOutputFile } = await import('../services/export/writeOutputFile');
  await writeOutputFile(prepared.out, prepared.output);
  for (const line of prepared.warnings) err.write(line);
  out.write(`${prepared.verb} ${prepared.out} (${prepared.count}, ${Math.round(performance.now() - started)} ms)\n`);
}

/**
 * `briefdeck export`: check, load, export, write, report. The export is the app's own dispatcher (`exportDeck`:
 * HTML as one self-contained file, PDF through Chromium (playwright-core), PPTX, reveal.js Markdown), so the CLI
 * and the export dialog make the same files from the same options. For PDF, Chromium is launched first (`launched`:
 * main.ts starts it before this module loads) so that it boots while the deck is read. The output is written atomically: on any failure no file (and no partial file) is
 * left at `out`. Reports one line ("wrote", or "replaced" when `out` existed): the file, the page (PDF) or slide count and the time,
 * after the pre-export check's warning lines on `err` (printed once the file is written; a failed export prints its
 * one error line only, and `--strict` refuses before writing when there is any finding).
 */
export async function exportCommand(request: ExportRequest, out: NodeJS.WritableStream, err: NodeJS.WritableStream = process.stderr, launched = startPrinter(request.format)): Promise<number> {
  const started = performance.now();
  const printer = await launched;
  try {
    const verb = (await check(request, err)) ? 'replaced' : 'wrote';
    await writePrepared(await prepareExport(request, verb, err, printer), started, out, err);
    return 0;
  } finally {
    // Not awaited: the CLI exits right after this command (main.ts), and playwright-core's exit hook then kills
    // Chromium and removes its temporary profile synchronously, which saves the ~0.1 s of a graceful close.
    void printer?.close().catch(() => undefined);
  }
}

/** The output file of one deck of a batch: DIR/<deck file name>.<ext>, or DIR/<template id>.<ext>. */
export function batchOutput(deck: BatchDeck, outDir: string, format: ExportRequest['format']): string {
  const name = deck.file !== undefined ? basename(deck.file).replace(/\.[^.]+$/, '') : deck.template;
  return join(outDir, `${name}${FORMAT_EXTENSIONS[format]}`);
}

/**
 * `briefdeck export A B … --format F --out-dir DIR`: several decks (files or templates) in one command, sharing one
 * Chromium for PDF (its one page, so each deck costs its load and print only). Every deck gets the single export's
 * checks first (the input is never the output, the folder exists, the pre-export check's refusals and --strict);
 * two decks that would write the same file are refused. Every deck is exported to memory before any file is written,
 * so when one deck fails the command names it ("A: …"), exits non-zero and writes nothing. Then each file is written
 * atomically, with one report line per file, as the single export prints it.
 */
export async function exportBatchCommand(request: ExportBatchRequest, out: NodeJS.WritableStream, err: NodeJS.WritableStream = process.stderr, launched = startPrinter(request.format)): Promise<number> {
  const started = performance.now();
  const printer = await launched;
  try {
    const singles = request.decks.map((deck): ExportRequest => ({ ...request, ...deck, out: batchOutput(deck, request.outDir, request.format) }));
    const seen = new Map<string, string>();
    for (const single of singles) {
      const label = single.file ?? `--template ${single.template}`;
      const other = seen.get(resolve(single.out));
      if (other !== undefined) throw new CliError(`${other} and ${label} would both write ${single.out}: export them to separate folders`);
      seen.set(resolve(single.out), label);
    }
    const prepared: PreparedExport[] = [];
    for (const single of singles) {
      const label = single.file ?? `--template ${single.template}`;
      try {
        const verb = (await check(single, err)) ? 'replaced' : 'wrote';
        prepared.push(await prepareExport(single, verb, err, printer));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new CliError(`${label}: ${message} (nothing was written)`, error instanceof CliError ? error.exitCode : 1, { cause: error });
      }
    }
    for (const one of prepared) await writePrepared(one, started, out, err);
    return 0;
  } finally {
    void printer?.close().catch(() => undefined);
  }
}
