import { basename, dirname } from 'node:path';
import { writeFileAtomic } from '../fileWrites/atomicWrite';
import { removeTempLeftovers, type RemoveLeftoversOptions } from '../fileWrites/tempLeftovers';
import { outputFileError } from './outputFileError';

/**
 * Writes an export atomically (writeFileAtomic, shared with deck saves: write-file-atomic's temp file in the same
 * folder, every byte written, fsync, rename over the target), so a failed export never leaves a partial or truncated
 * file, and an existing file is replaced only when the new one is complete. Used by every export format (CLI and the
 * app's export:run). Rejects with outputFileError's clear message ("cannot write /p/x.pdf: the folder /p does not
 * exist", "…: is a folder"), keeping the errno `code` and setting `path` to the output path.
 * After a write, the temp files that earlier exports to the same file left when they were killed half way are
 * removed (removeTempLeftovers: only `<output file>.<n>` of write-file-atomic's shape, untouched for a minute), as a
 * deck save does for its own; a cleanup that fails never fails the export.
 */
export async function writeOutputFile(path: string, data: string | Uint8Array, leftovers?: RemoveLeftoversOptions): Promise<void> {
  let written: string;
  try {
    written = await writeFileAtomic(path, data);
  } catch (error) {
    throw await outputFileError(path, error);
  }
  const name = basename(written);
  await removeTempLeftovers(dirname(written), (target) => target === name, leftovers);
}
