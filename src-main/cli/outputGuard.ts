import { stat } from 'node:fs/promises';
import { CliError } from './cliError';

/**
 * Refuses an export whose `--out` names the input deck file itself: the same path, the same path spelled another way
 * (`./deck.json`, `dir/../deck.json`), a symlink to it, or a hard link (compared by device and inode, following
 * symlinks, so every spelling is caught). Without this the export would replace the deck with a PDF or HTML file.
 * An `out` that does not exist yet cannot be the input. Throws CliError (exit code 1); the input is never touched.
 */
export async function refuseOverwritingInput(input: string, out: string): Promise<void> {
  const [a, b] = await Promise.all([stat(input).catch(() => undefined), stat(out).catch(() => undefined)]);
  if (a && b && a.dev === b.dev && a.ino === b.ino) {
    throw new CliError(`--out ${out} is the input deck ${input}: choose another output file (the deck was not changed)`);
  }
}
