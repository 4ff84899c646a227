import { writeFileAtomic } from '../fileWrites/atomicWrite';
import { outputFileError } from './outputFileError';

/**
 * Writes an export atomically (writeFileAtomic, shared with deck saves: write-file-atomic's temp file in the same
 * folder, every byte written, fsync, rename over the target), so a failed export never leaves a partial or truncated
 * file, and an existing file is replaced only when the new one is complete. Used by every export format (CLI and the
 * app's export:run). Rejects with outputFileError's clear message ("cannot write /p/x.pdf: the folder /p does not
 * exist", "…: is a folder"), keeping the errno `code` and setting `path` to the output path.
 */
export async function writeOutputFile(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, data);
  } catch (error) {
    throw await outputFileError(path, error);
  }
}
