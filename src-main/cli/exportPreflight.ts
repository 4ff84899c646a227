import type { Deck } from '../../src-shared/deck';
import type { ExportOptions, PreflightIssue } from '../../src-shared/export';
import type { ArgumentMap } from '../../src-shared/sources/argumentMap';
import type { ChromiumPrinter } from '../services/export/pdf/chromiumPrinter';
import { CliError } from './cliError';

/**
 * `briefdeck export`'s pre-export check: the export dialog's own check (runPreflight, as `export:preflight` runs it),
 * so the app and the CLI find the same things. For a PDF, the layout is measured in the printer's Chromium at the
 * chosen paper and layout (text that does not fit its slide, or is shrunk to fit; notes that overflow; images that
 * cannot be decoded; requests); every format gets the static checks (characters no bundled font covers, such as
 * Japanese, Chinese or Korean text; claims without citations; figures without alt text) and the tradecraft findings.
 *
 * Each finding is one line on `err`, "briefdeck: warning: Slide N “Title”: …", except the tradecraft findings, which
 * keep their one summary line (listed one by one by `briefdeck check`). Text shrunk to fit (the dialog's "shrunk to
 * 82%" notice: the layout's own fitting, down to 64%, with nothing lost) is not reported: text that still does not
 * fit is. With `strict`, any reported finding refuses the export (CliError, exit 1) before anything is written.
 * Returns the reported issues.
 */
export async function runExportPreflight(
  deck: Deck,
  options: ExportOptions,
  context: { printer?: ChromiumPrinter; argumentMaps: readonly ArgumentMap[]; source: string; strict: boolean },
  err: NodeJS.WritableStream,
): Promise<string[]> {
  const [{ runPreflight }, { PrinterPageProbe }] = await Promise.all([import('../services/export/preflight/runPreflight'), import('../services/export/preflight/printerPageProbe')]);
  // One check, then the print of the same document: measured in the printer's own page, which the print then reuses.
  const probe = options.format === 'pdf' && context.printer ? new PrinterPageProbe(context.printer) : undefined;
  const issues = (await runPreflight(deck, options, probe, context.argumentMaps)).filter((i) => !isShrunkToFit(i));
  const tradecraft = issues.filter((i) => i.kind === 'tradecraft');
  const lines = issues.filter((i) => i.kind !== 'tradecraft').map((i) => `briefdeck: warning: ${oneLine(i.message)}\n`);
  if (tradecraft.length > 0) {
    lines.push(`briefdeck: warning: ${tradecraft.length === 1 ? '1 tradecraft finding' : `${tradecraft.length} tradecraft findings`} in the exported slides (see: briefdeck check ${context.source})\n`);
  }
  if (context.strict && issues.length > 0) {
    for (const line of lines) err.write(line);
    throw new CliError(`export refused (--strict): ${issues.length === 1 ? '1 pre-export finding' : `${issues.length} pre-export findings`} (above); nothing was written`);
  }
  return lines;
}

/** The notice that text was shrunk to fit its slide (an `overflow` warning; an overflow error is text that does not fit). */
function isShrunkToFit(issue: PreflightIssue): boolean {
  return issue.kind === 'overflow' && issue.severity === 'warning';
}

/** A message on one line (deck text quoted in a message may hold line breaks). */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
