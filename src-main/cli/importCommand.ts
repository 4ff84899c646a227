import { serializeDeck } from '../../src-shared/deck';
import { importMarkdownFile } from '../services/export/markdownExport';
import { writeOutputFile } from '../services/export/writeOutputFile';
import type { MarkdownDialect, SeparatorOptions } from '../../src-shared/markdown/splitSlides';
import { refuseExistingOutput } from './outputGuard';
import { CliError, oneLine } from './cliError';
import { cannotRead, errnoOf } from './readFailure';

const DIALECT_NAMES: Record<MarkdownDialect, string> = { reveal: 'reveal.js', slidev: 'Slidev', marp: 'Marp' };

/**
 * `briefdeck import FILE.md --out FILE [--force] [--separator RE] [--separator-vertical RE] [--separator-notes RE]`:
 * reads a Markdown slide file (reveal.js, Slidev or Marp, detected from the file; the separators as a reveal.js deck
 * configures them) and writes it as a deck file (atomically); stdout names the dialect it was read as. An existing FILE is never replaced without `--force`. Each import warning is printed on stderr as
 * `warning: slide N: message`; they do not fail the command.
 */
export async function importCommand(file: string, outPath: string, force: boolean, out: NodeJS.WritableStream, err: NodeJS.WritableStream, separators: SeparatorOptions = {}): Promise<number> {
  await refuseExistingOutput(outPath, force);
  let result: Awaited<ReturnType<typeof importMarkdownFile>>;
  try {
    result = await importMarkdownFile(file, separators);
  } catch (error) {
    const errno = errnoOf(error);
    if (errno !== undefined) throw cannotRead(file, errno, error);
    // The service's sentences about the file's content already name it ("talk.md is not UTF-8 text …").
    const message = oneLine(error);
    throw new CliError(message.startsWith(file) ? message : `cannot import ${file}: ${message}`, 1, { cause: error });
  }
  for (const w of result.warnings) err.write(`warning: ${w.slide !== undefined ? `slide ${w.slide}: ` : ''}${w.message}\n`);
  await writeOutputFile(outPath, serializeDeck(result.deck));
  out.write(`wrote ${outPath} (${result.deck.slides.length} slides from ${file}, read as ${DIALECT_NAMES[result.dialect]} Markdown)\n`);
  return 0;
}
