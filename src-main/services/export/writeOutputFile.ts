import { writeFileAtomic } from '../atomicWrite';

/**
 * Writes an export atomically (writeFileAtomic, shared with deck saves: write-file-atomic's temp file in the same
 * folder, every byte written, fsync, rename over the target), so a failed export never leaves a partial or truncated
 * file, and an existing file is replaced only when the new one is complete. Rejects with the file system's error
 * (e.g. ENOENT for a missing folder).
 */
export async function writeOutputFile(path: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomic(path, data);
}
