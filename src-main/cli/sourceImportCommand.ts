import { basename } from 'node:path';
import { acceptReview, numberParagraphs, reviewNumbers, setIncluded, sourceFileOf, sourceIdFor, type ParagraphReview, type SourceMetadata } from '../../src-shared/sources/import';
import { writeOutputFile } from '../services/export/writeOutputFile';
import { readSourceFile } from '../services/sources/read/readSourceFile';
import { CliError, oneLine } from './cliError';
import { refuseExistingOutput, refuseOtherExtension, refuseOverwritingInput } from './outputGuard';
import { cannotRead, errnoOf } from './readFailure';

/** What `briefdeck source import FILE --out SOURCE.json …` asks for; each metadata field replaces what the file says. */
export interface SourceImportRequest {
  file: string;
  out: string;
  force: boolean;
  id?: string;
  title?: string;
  /** Replaces the file's authors when given (the option may be repeated). */
  authors?: string[];
  publisher?: string;
  date?: string;
  url?: string;
  /** Paragraph numbers of the proposal (as `source paragraphs` or a first import lists them) to leave out. */
  exclude: number[];
}

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const SOURCE_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/**
 * Checks the request's metadata and exclusions before anything is read: `date` is ISO 8601 (YYYY, YYYY-MM or
 * YYYY-MM-DD, as SourceMetadata), `id` is lower-case letters, digits and hyphens (as SourceFileSchema), and
 * exclusions are positive whole numbers. Throws CliError (exit code 2) naming the option.
 */
function checkRequest(request: SourceImportRequest): void {
  if (request.date !== undefined && !ISO_DATE.test(request.date)) throw new CliError(`--date ${request.date} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`, 2);
  if (request.id !== undefined && !SOURCE_ID.test(request.id)) throw new CliError(`--id ${request.id} is not a source id: use lower-case letters, digits and hyphens`, 2);
  const bad = request.exclude.find((n) => !Number.isInteger(n) || n < 1);
  if (bad !== undefined) throw new CliError(`--exclude takes paragraph numbers (1, 2, 3 …), not ${bad}`, 2);
}

/** The proposal with the paragraphs numbered `exclude` (in the proposal's numbering) left out. Throws CliError for a number past the last paragraph. */
function excludeParagraphs(review: ParagraphReview, exclude: readonly number[]): ParagraphReview {
  const numbers = reviewNumbers(review);
  const last = numbers.filter((n) => n !== undefined).length;
  const over = exclude.find((n) => n > last);
  if (over !== undefined) throw new CliError(`--exclude ${over}: the article has ${last} paragraphs`, 2);
  return numbers.reduce<ParagraphReview>((r, n, index) => (n !== undefined && exclude.includes(n) ? setIncluded(r, index, false) : r), review);
}

/**
 * `briefdeck source import FILE --out SOURCE.json [--id ID] [--title T] [--author A]… [--publisher P] [--date D]
 * [--url U] [--exclude N,N…] [--force]`: reads a saved article (readSourceFile: .html/.htm, .txt, .md, .docx, .pdf),
 * numbers its body paragraphs by the rule the app's import review proposes (numberParagraphs), leaves out the
 * `--exclude`d ones, and writes the source file (SourceFileSchema) atomically, with each paragraph's section and
 * hash. The metadata options replace what the file's own metadata says. What the reader dropped or guessed is
 * printed on stderr as `warning: …`. Nothing is written when the file cannot be read; an existing SOURCE.json is
 * never replaced without `--force`, and the article itself never. Throws CliError with one line.
 */
export async function sourceImportCommand(request: SourceImportRequest, out: NodeJS.WritableStream, err: NodeJS.WritableStream, now = new Date()): Promise<number> {
  checkRequest(request);
  refuseOtherExtension(request.out, '.json', 'a source file', request.force);
  await refuseOverwritingInput(request.file, request.out, 'article');
  await refuseExistingOutput(request.out, request.force);
  const draft = await readSourceFile(request.file).catch((error: unknown) => {
    // A file the file system will not hand over gets the wording every command uses (cannotRead).
    const errno = errnoOf((error as { cause?: unknown }).cause);
    throw errno !== undefined ? cannotRead(request.file, errno, error) : new CliError(oneLine(error), 1, { cause: error });
  });
  const metadata: SourceMetadata = {
    title: request.title ?? draft.metadata.title,
    authors: request.authors ?? draft.metadata.authors,
    publisher: request.publisher ?? draft.metadata.publisher,
    date: request.date ?? draft.metadata.date,
    url: request.url ?? draft.metadata.url,
  };
  const review = excludeParagraphs(numberParagraphs(draft.blocks, metadata.title), request.exclude);
  let source;
  try {
    source = acceptReview(review, { id: request.id ?? sourceIdFor(metadata), metadata, fileName: basename(request.file), format: draft.format, importedAt: now.toISOString() });
  } catch (error) {
    throw new CliError(`${basename(request.file)}: ${oneLine(error)}`, 1, { cause: error });
  }
  for (const warning of draft.warnings) err.write(`warning: ${warning}\n`);
  await writeOutputFile(request.out, `${JSON.stringify(sourceFileOf(source), null, 2)}\n`);
  const sections = source.sections?.length ?? 0;
  out.write(`wrote ${request.out} (source ${source.id}: ${source.paragraphs?.length ?? 0} paragraphs in ${sections} section${sections === 1 ? '' : 's'} from ${basename(request.file)}; list them with: briefdeck source paragraphs ${request.out})\n`);
  return 0;
}
