/** The picture service: bytes of an image file in, a checked and normalised picture for a deck out. */
export { importPicture } from './importPicture';
export type { ImportedPicture } from './importedPicture';
export { PictureError } from './pictureError';
export { MAX_PICTURE_FILE_BYTES, MAX_PICTURE_PIXELS, PICTURE_MAX_HEIGHT, PICTURE_MAX_WIDTH } from './pictureLimits';
export { svgProblems } from './svgCheck';
export { importPictureFile } from './importPictureFile';
