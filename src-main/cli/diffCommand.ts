import { basename } from 'node:path';
import { compareDecks, comparisonReport, redlineHtml } from '../../src-shared/compare';
import type { Deck } from '../../src-shared/deck';
import { versionDeck } from '../../src-shared/versions';
import { CliError } from './cliError';
import { readDeckFile } from './deckSource';
import { refuseExistingOutput, refuseOtherExtension, refuseOverwritingInput } from './outputGuard';

/**
 * `briefdeck diff OLDER [NEWER] [--from LABEL] [--to LABEL] [--json]`: the older deck (or its issued version
 * `from`), the newer deck (or its version `to`; NEWER defaults to OLDER, to compare two versions of one deck).
 */
export interface DiffRequest {
  older: string;
  newer: string;
  from?: string;
  to?: string;
  json: boolean;
  /** Also write a redlined PDF here (redlineHtml printed in Chromium); refused when it exists unless `force`. */
  pdf?: string;
  force: boolean;
}

/** The deck of `path`, or its issued version `label`; CliError naming the labels it has for an unknown one. */
async function side(path: string, label: string | undefined): Promise<Deck> {
  const { deck } = await readDeckFile(path);
  if (label === undefined) return deck;
  const index = (deck.versions ?? []).findIndex((v) => v.label === label);
  if (index < 0) {
    const known = (deck.versions ?? []).map((v) => v.label).join(', ') || 'none issued';
    throw new CliError(`${path} has no version "${label}" (versions: ${known})`);
  }
  try {
    return versionDeck(deck, index);
  } catch (error) {
    throw new CliError(`${path}: ${(error as Error).message}`, 1, { cause: error });
  }
}

/** "1 changed slide" / "3 changed slides". */
const changedSlides = (n: number) => `${n} changed slide${n === 1 ? '' : 's'}`;

/**
 * Compares two decks (compareDecks) and prints the readable report (comparisonReport), or with `--json` the
 * DeckComparison object (src-shared/compare/comparisonTypes.ts: format "briefdeck-comparison", formatVersion 1).
 * With `pdf`, also writes the redline (one page per changed slide, insertions and deletions marked) atomically,
 * printed once in Chromium; the decks are never written. Exit 0 whether or not the decks differ. A file that is not
 * a valid deck, or a PDF path that exists (without --force) or names an input, throws CliError (exit 1).
 */
export async function diffCommand(request: DiffRequest, out: NodeJS.WritableStream): Promise<number> {
  if (request.pdf !== undefined) {
    refuseOtherExtension(request.pdf, '.pdf', 'a redline', request.force);
    await refuseExistingOutput(request.pdf, request.force);
    await refuseOverwritingInput(request.older, request.pdf);
    await refuseOverwritingInput(request.newer, request.pdf);
  }
  const [older, newer] = await Promise.all([side(request.older, request.from), side(request.newer, request.to)]);
  const cmp = compareDecks(older, newer);
  out.write(request.json ? `${JSON.stringify(cmp, null, 2)}\n` : comparisonReport(cmp));
  if (request.pdf !== undefined) {
    const labels = { before: request.from ?? basename(request.older), after: request.to ?? (request.newer === request.older ? 'now' : basename(request.newer)) };
    const [{ ChromiumPrinter }, { writeFileAtomic }, { setPdfDocumentInfo }] = await Promise.all([
      import('../services/export/pdf/chromiumPrinter'),
      import('../services/fileWrites/atomicWrite'),
      import('../services/export/pdf/pdfDocumentInfo'),
    ]);
    const printer = new ChromiumPrinter();
    try {
      // Tagged, and named as ours, like every other PDF BriefDeck writes.
      const printed = await printer.print(redlineHtml(older, newer, cmp, labels), { outline: false, tagged: true });
      const bytes = setPdfDocumentInfo(printed, { title: `${newer.title}: redline, ${labels.before} → ${labels.after}`, author: newer.author || undefined, creator: 'BriefDeck', producer: 'BriefDeck (Chromium print)' });
      await writeFileAtomic(request.pdf, bytes);
    } finally {
      await printer.close();
    }
    if (!request.json) out.write(`wrote ${request.pdf} (redline, ${changedSlides(cmp.slides.filter((s) => s.status !== 'same').length)})\n`);
  }
  return 0;
}
