import writeFileAtomic from 'write-file-atomic';

/**
 * Writes an export atomically (write-file-atomic: a temp file in the same folder, fsync, rename over the target),
 * so a failed export never leaves a partial or truncated file, and an existing file is replaced only when the new
 * one is complete. Rejects with the file system's error (e.g. ENOENT for a missing folder).
 */
export async function writeOutputFile(path: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomic(path, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), { fsync: true });
}
