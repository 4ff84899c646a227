/**
 * The picture handlers: `picture:import` reads an image file the user picks in the open dialog (or a path the user
 * chose, or a dropped file with an image extension), `picture:fromBytes` takes the bytes of a dropped or pasted
 * image. Both go through the one picture service (src-main/services/pictures, as the CLI's `--picture` does) and
 * answer the checked, normalised picture, or a `bad-picture` failure whose one-line message names the file.
 */
import { basename } from 'node:path';
import { ipcFailure, type IpcFailure } from '../../src-shared/ipc';
import type { ImportedPictureData } from '../../src-shared/ipc/pictureTypes';
import type { FileFilter } from '../services/ports/dialogs';
import { importPicture, importPictureFile, PictureError, type ImportedPicture } from '../services/pictures';
import type { CoreHandlerTable } from './handlerTypes';
import { fileToRead, type FileToReadRule } from './fileToRead';
import type { Services } from '../services/ports/serviceTypes';

type PictureHandlers = Pick<CoreHandlerTable, 'picture:import' | 'picture:fromBytes'>;

/** Image file extensions offered by the dialog and taken from a dropped file's path; the header decides the rest. */
export const PICTURE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.gif', '.tif', '.tiff', '.avif', '.heic', '.svg'];

/** Filter of the open dialog. */
export const PICTURE_FILE_FILTERS: FileFilter[] = [{ name: 'Pictures (PNG, JPEG, WebP, GIF, TIFF, AVIF, SVG)', extensions: PICTURE_EXTENSIONS.map((e) => e.slice(1)) }];

const PICTURE_FILE_RULE: FileToReadRule = {
  title: 'Choose a picture',
  filters: PICTURE_FILE_FILTERS,
  extensions: new Set(PICTURE_EXTENSIONS),
  refusal: (name) => `not a picture file (${PICTURE_EXTENSIONS.join(', ')}): ${name}`,
};

function answer(picture: ImportedPicture, name: string): { picture: ImportedPictureData } {
  return { picture: { ...picture, name } };
}

/** A refusal of the service as data: `bad-picture` with its message, `io` for the file system, else `internal`. */
function pictureFailure(err: unknown, path?: string): IpcFailure {
  if (err instanceof PictureError) return ipcFailure('bad-picture', err.message);
  const message = err instanceof Error ? err.message : String(err);
  const fsError = typeof (err as { code?: unknown }).code === 'string';
  const named = path ? message.split(path).join(basename(path)) : message;
  return ipcFailure(fsError ? 'io' : 'internal', fsError ? `Cannot read the picture: ${named}` : named);
}

export function createPictureHandlers({ dialogs, grants }: Services): PictureHandlers {
  return {
    'picture:import': async ({ path }, ctx) => {
      const target = await fileToRead(path, ctx, { dialogs, grants }, PICTURE_FILE_RULE);
      if (typeof target !== 'string') return target;
      try {
        return answer(await importPictureFile(target), basename(target));
      } catch (err) {
        return pictureFailure(err, target);
      }
    },
    'picture:fromBytes': async ({ name, base64 }) => {
      try {
        return answer(await importPicture(Buffer.from(base64, 'base64'), name), basename(name));
      } catch (err) {
        return pictureFailure(err);
      }
    },
  };
}
