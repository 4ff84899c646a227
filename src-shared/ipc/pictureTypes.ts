/**
 * The picture channels' shapes: what a picture import answers, and the cap on picture bytes that the renderer may
 * send (a dropped or pasted image), checked by the renderer before it sends and by the request schema after.
 */
import { z } from 'zod';

/** Largest picture file accepted, in bytes, whether chosen in a dialog, dropped or pasted. */
export const MAX_PICTURE_FILE_BYTES = 25 * 1024 * 1024;

/** A checked, normalised picture (src-main/services/pictures): ready to put in a deck. */
export interface ImportedPictureData {
  /** `data:image/(jpeg|png|svg+xml);base64,…`, within the deck's image cap. */
  src: string;
  /** Size in px. */
  width: number;
  height: number;
  mediaType: 'image/jpeg' | 'image/png' | 'image/svg+xml';
  /** Size of the file and of the stored image, in bytes. */
  inputBytes: number;
  outputBytes: number;
  /** True when the picture was scaled down to fit 1920×1080 px. */
  resized: boolean;
  /** The file's base name, e.g. "crossing.jpg" (for the form's status line). */
  name: string;
}

/** Request of `picture:fromBytes`: the file name (for messages) and the bytes as base64, at most the file cap. */
export const PictureBytesRequestSchema = z.strictObject({
  name: z.string().min(1).max(255),
  base64: z
    .string()
    .max(Math.ceil(MAX_PICTURE_FILE_BYTES / 3) * 4, 'picture is larger than 25 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'picture bytes must be base64'),
});
