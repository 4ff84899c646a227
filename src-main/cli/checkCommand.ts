import { markingOf, tradecraftOf } from '../../src-shared/deck';
import { checkDeck, checkReport, findingLine, summaryLine } from '../../src-shared/tradecraft';
import { cliTemplateService, readDeckFile } from './deckSource';

/** The arguments of `briefdeck check FILE [--strict] [--json]`. */
export interface CheckRequest {
  file: string;
  strict: boolean;
  json: boolean;
}

/**
 * `briefdeck check FILE`: runs the tradecraft checks (src-shared/tradecraft) with the built-in argument maps, prints a
 * finding per line and a summary (or, with --json, one CheckReport). Exit 0 when the check passes; 1 when it fails:
 * any unacknowledged finding with --strict, any unacknowledged error (what export refuses) without it. A file that
 * cannot be read throws a CliError (one line, exit 1).
 */
export async function checkCommand(request: CheckRequest, out: NodeJS.WritableStream): Promise<number> {
  const { deck } = await readDeckFile(request.file);
  const findings = checkDeck(deck, { argumentMaps: await (await cliTemplateService()).argumentMaps() });
  const report = checkReport(request.file, findings, { strict: request.strict, yardstick: tradecraftOf(deck).yardstick, markingScheme: markingOf(deck).scheme });
  if (request.json) out.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    for (const f of findings) out.write(`${findingLine(f)}\n`);
    out.write(`${summaryLine(report)}\n`);
  }
  return report.ok ? 0 : 1;
}
