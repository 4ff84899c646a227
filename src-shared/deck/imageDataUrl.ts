/**
 * The rules for an image embedded in a deck as a data URL. Nothing in a deck may point at a file or the network
 * (docs/security.md, "asset paths"), so an image is always a base64 `data:` URL of a known type, under a size cap.
 */

/** Largest image data URL accepted in a deck, in bytes of URL text (Chromium's IPC drops URLs over 2 MiB). */
export const MAX_IMAGE_DATA_URL_BYTES = 2 * 1024 * 1024 - 1024;

/** A raster image data URL: `data:image/(png|jpeg|webp|gif);base64,…` (slide backgrounds and pictures). */
export const RASTER_DATA_URL = /^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+=*$/;

/**
 * A picture's data URL: a raster one, or `data:image/svg+xml;base64,…`. An SVG picture is shown only through an
 * `<img>` element (and as a rasterised PNG in PPTX); a browser runs no script and loads no resource in an SVG
 * drawn as an image (HTML "img" element processing, SVG "secure animated mode"), and the import refuses an SVG
 * with scripts or external references before it enters a deck.
 */
export const PICTURE_DATA_URL = /^data:image\/(png|jpeg|webp|gif|svg\+xml);base64,[A-Za-z0-9+/]+=*$/;

/** The media type of a picture data URL (`image/png` …), or undefined when the URL is not one. */
export function pictureMediaType(src: string): string | undefined {
  const m = /^data:(image\/(?:png|jpeg|webp|gif|svg\+xml));base64,/.exec(src);
  return m ? m[1] : undefined;
}
