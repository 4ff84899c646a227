import { access, stat } from 'node:fs/promises';
import { CliError } from './cliError';

/**
 * Refuses an export whose `--out` names the input deck file itself: the same path, the same path spelled another way
 * (`./deck.json`, `dir/../deck.json`), a symlink to it, or a hard link (compared by device and inode, following
 * symlinks, so every spelling is caught). Without this the export would replace the deck with a PDF or HTML file.
 * An `out` that does not exist yet cannot be the input. `what` names the input in the message ("deck", "article"). Throws CliError (exit code 1); the input is never touched.
 */
export async function refuseOverwritingInput(input: string, out: string, what = 'deck'): Promise<void> {
  const [a, b] = await Promise.all([stat(input).catch(() => undefined), stat(out).catch(() => undefined)]);
  if (a && b && a.dev === b.dev && a.ino === b.ino) {
    throw new CliError(`--out ${out} is the input ${what} ${input}: choose another output file (the ${what} was not changed)`);
  }
}

/** The file extension each export format writes (`print-html` is the HTML document the PDF is printed from). */
export const FORMAT_EXTENSIONS = { pdf: '.pdf', html: '.html', pptx: '.pptx', md: '.md', 'print-html': '.html' } as const;

/**
 * Refuses an `--out` whose extension (compared in any case) is not the one its format writes, unless `force`:
 * `--format pdf --out bluf.pptx` would otherwise replace a PowerPoint file with a PDF that no program opens by its
 * name. Throws CliError (exit code 1) naming the expected extension, before anything is read or written.
 */
export function refuseMismatchedExtension(format: keyof typeof FORMAT_EXTENSIONS, out: string, force: boolean): void {
  refuseOtherExtension(out, FORMAT_EXTENSIONS[format], `--format ${format}`, force);
}

/**
 * Refuses an `--out` that does not end in `expected` (compared in any case), unless `force`. `writes` names what
 * decides the extension in the message ("--format pdf", "a source file"). Throws CliError (exit code 1).
 */
export function refuseOtherExtension(out: string, expected: string, writes: string, force: boolean): void {
  if (force || out.toLowerCase().endsWith(expected)) return;
  throw new CliError(`--out ${out} does not end in ${expected}, the extension of ${writes} (use --force to write it anyway)`);
}

/**
 * Refuses an `out` that already exists, unless `force`: a command that makes a new file (new, import, source import,
 * add --out) never replaces one the user did not name for replacing. Throws CliError (exit code 1), before anything
 * is read or written.
 */
export async function refuseExistingOutput(out: string, force: boolean): Promise<void> {
  if (!force && (await access(out).then(() => true, () => false))) throw new CliError(`${out} already exists (use --force to replace it)`);
}
