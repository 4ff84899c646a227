import { api, isIpcFailure } from '../../api';
import { MAX_PICTURE_FILE_BYTES, type ImportedPictureData } from '../../../src-shared/ipc/pictureTypes';

/** What an import attempt ends with: the picture, a one-line message to show, or nothing (a dismissed dialog). */
export type PictureImportOutcome = { picture: ImportedPictureData } | { error: string } | { canceled: true };

/** Extensions taken as pictures from a drop or paste whose `type` is empty or generic; main reads the header anyway. */
const PICTURE_NAME = /\.(png|jpe?g|webp|gif|tiff?|avif|heic|svg)$/i;

/** True when a dropped or pasted file looks like a picture (its type or its name); anything else is left to others. */
export function isPictureFile(file: File): boolean {
  return file.type.startsWith('image/') || PICTURE_NAME.test(file.name);
}

/** The first picture file of a drop or paste, if any. */
export function pictureFileOf(data: DataTransfer | null): File | undefined {
  return Array.from(data?.files ?? []).find(isPictureFile);
}

/** Asks main to import a picture the user picks in the open dialog. */
export async function choosePicture(): Promise<PictureImportOutcome> {
  const r = await api().importPicture({});
  if (isIpcFailure(r)) return { error: r.error.message };
  return r;
}

/** The file's bytes as base64 (FileReader's data URL without its prefix). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

/**
 * Sends a dropped or pasted picture's bytes to main (`picture:fromBytes`). A file over the cap is refused here,
 * before its bytes are read or cross IPC; main checks everything else (format, pixels, SVG content).
 */
export async function importPictureFile(file: File): Promise<PictureImportOutcome> {
  const name = file.name || 'pasted picture.png';
  if (file.size > MAX_PICTURE_FILE_BYTES) {
    return { error: `${name} is too large (${(file.size / (1024 * 1024)).toFixed(1)} MB; pictures up to ${MAX_PICTURE_FILE_BYTES / (1024 * 1024)} MB are accepted)` };
  }
  let base64: string;
  try {
    base64 = await base64Of(file);
  } catch (err) {
    return { error: `${name} could not be read (${(err as Error).message})` };
  }
  const r = await api().importPictureBytes({ name, base64 });
  if (isIpcFailure(r)) return { error: r.error.message };
  return r;
}
