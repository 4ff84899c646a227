/**
 * Limits of a picture import. A file over MAX_PICTURE_FILE_BYTES or an image over MAX_PICTURE_PIXELS (read from its
 * header, before any decoding) is refused, so that a huge or hostile file cannot exhaust memory. An imported picture
 * fits within PICTURE_MAX_WIDTH × PICTURE_MAX_HEIGHT px (the slide's full-screen size at 1080p: a larger picture
 * only makes the deck heavier; a smaller one is never enlarged) and its data URL within the deck's image cap.
 */

/** Largest picture file accepted, in bytes (also the cap on bytes a drop or paste sends over IPC). */
export { MAX_PICTURE_FILE_BYTES } from '../../../src-shared/ipc/pictureTypes';

/** Largest image accepted, in pixels (width × height from the header); 50 megapixels is a large camera's photo. */
export const MAX_PICTURE_PIXELS = 50_000_000;

/** Box an imported raster picture is resized to fit within, in px (never upscaled). */
export const PICTURE_MAX_WIDTH = 1920;
export const PICTURE_MAX_HEIGHT = 1080;

/** Largest SVG text accepted, in bytes; a clean SVG stays as it is, so it must fit the deck's image cap itself. */
export const MAX_SVG_BYTES = 1024 * 1024;

/** Bytes as "12.3 MB" (1 MB = 1024 × 1024 bytes), for messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
