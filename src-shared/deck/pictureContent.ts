import { z } from 'zod';
import { figureFields } from './figure';
import { MAX_IMAGE_DATA_URL_BYTES, PICTURE_DATA_URL } from './imageDataUrl';
import { ColumnSchema, InlineText, PortionMarkingText } from './slideContent';

/**
 * A picture shown on a slide (the picture layout, or a column of the two-column layout): the image as an embedded
 * data URL (PNG, JPEG, WebP, GIF or SVG, under MAX_IMAGE_DATA_URL_BYTES; see imageDataUrl.ts), its alt text and
 * source line (`figureFields`), a caption printed under it, and how it fills its box (`fit`, as CSS object-fit:
 * `contain` shows all of it, `cover` fills the box and crops). Pixel size is what the import produced (at most
 * 1920×1080 px), recorded so that exports can keep the aspect ratio without decoding the image.
 */
export const PictureSchema = z.looseObject({
  src: z
    .string()
    .max(MAX_IMAGE_DATA_URL_BYTES, 'picture is larger than the 2 MiB cap; use a smaller image')
    .regex(PICTURE_DATA_URL, 'picture must be an embedded data:image/png, jpeg, webp, gif or svg+xml base64 URL'),
  ...figureFields,
  caption: InlineText.default('').describe('Caption printed under the picture'),
  fit: z.enum(['contain', 'cover']).default('contain'),
  width: z.number().int().min(1).max(100_000).optional().describe('Width of the image in px'),
  height: z.number().int().min(1).max(100_000).optional().describe('Height of the image in px'),
  portionMarking: PortionMarkingText.optional().describe('Portion marking of the picture (ICD 710 marks pictures as portions)'),
});
export type Picture = z.infer<typeof PictureSchema>;

/** A column of the two-column layout: a heading, bullets and, optionally, a picture (above its bullets). */
export const PictureColumnSchema = ColumnSchema.extend({ picture: PictureSchema.optional() });
export type PictureColumn = z.infer<typeof PictureColumnSchema>;

/** The picture layout's own fields: the picture (absent on a new slide, until one is imported). */
export const pictureSlideFields = {
  picture: PictureSchema.optional().describe('The picture; a new picture slide has none until one is imported'),
};
