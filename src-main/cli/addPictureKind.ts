import type { Slide } from '../../src-shared/deck';
import { CliError, oneLine } from './cliError';
import type { AddSlideCommon as Common, AddSlideKind, OptionValues } from './addSlideKind';
import { cannotRead, errnoOf } from './readFailure';

/**
 * `briefdeck add DECK --picture IMAGE --alt TEXT [--caption T] [--fit contain|cover]`: a picture slide from an image
 * file, through the same picture service as the app's "Choose a file…" (importPictureFile: the header decides the
 * format; a huge file or image, a file that is not an image and an SVG that could run or fetch are refused; the
 * picture is scaled to fit 1920×1080 px, stripped of its metadata and re-encoded). sharp and DOMPurify load only
 * when a picture is added, so `briefdeck help` stays fast.
 */
export const PICTURE_SLIDE_KIND = {
  kind: 'picture' as const,
  valueName: 'IMAGE',
  summary: 'a picture slide from an image file (PNG, JPEG, WebP, GIF, TIFF, AVIF or SVG)',
  options: { caption: { type: 'string' as const }, fit: { type: 'string' as const } },
  usage: ['--caption T        the caption printed under the picture', '--fit contain|cover  show all of the picture (default) or fill the box, cropping'],
  async build(value: string, values: OptionValues, common: Common): Promise<Slide> {
    const fit = values.fit === undefined ? 'contain' : values.fit;
    if (fit !== 'contain' && fit !== 'cover') throw new CliError(`--fit must be contain or cover (given: ${String(fit)})`, 2);
    const caption = typeof values.caption === 'string' ? values.caption : '';
    const { importPictureFile, PictureError } = await import('../services/pictures');
    let picture: Awaited<ReturnType<typeof importPictureFile>>;
    try {
      picture = await importPictureFile(value);
    } catch (error) {
      if (error instanceof PictureError) throw new CliError(error.message, 1, { cause: error });
      // The same one line as every other command gives for a file it cannot read ("no such file (ENOENT)").
      const errno = errnoOf(error);
      if (errno) throw cannotRead(value, errno, error);
      throw new CliError(`cannot read ${value}: ${oneLine(error)}`, 1, { cause: error });
    }
    return {
      id: common.id,
      layout: 'picture',
      title: common.title,
      notes: '',
      citations: [],
      argumentIds: [],
      hidden: false,
      picture: { src: picture.src, width: picture.width, height: picture.height, alt: common.alt, sourceLine: common.sourceLine, caption, fit },
    };
  },
} satisfies AddSlideKind;
