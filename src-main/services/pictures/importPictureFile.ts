import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { importPicture } from './importPicture';
import type { ImportedPicture } from './importedPicture';
import { PictureError } from './pictureError';
import { formatBytes, MAX_PICTURE_FILE_BYTES } from './pictureLimits';

/**
 * Imports the picture file at `path` (the app's open dialog and the CLI's `--picture FILE` both come here): its
 * size is checked with stat before anything is read, then importPicture checks and normalises the bytes. Nothing is
 * written.
 * @throws PictureError for a file that is too large or not a usable picture; the file system's error (with its
 *   `code`) when the file cannot be opened or read.
 */
export async function importPictureFile(path: string): Promise<ImportedPicture> {
  const file = await open(path, 'r');
  try {
    const { size, isFile } = await file.stat().then((s) => ({ size: s.size, isFile: s.isFile() }));
    if (!isFile) throw new PictureError(`${basename(path)} is not a file`);
    if (size > MAX_PICTURE_FILE_BYTES) throw new PictureError(`${basename(path)} is too large (${formatBytes(size)}; pictures up to ${formatBytes(MAX_PICTURE_FILE_BYTES)} are accepted)`);
    return await importPicture(await file.readFile(), basename(path));
  } finally {
    await file.close();
  }
}
