/**
 * The theme file handlers: `theme:open` reads a `.briefdeck-theme` file a team shares (the open dialog, or a path
 * the user chose), checks it against the schema and passes its logo through the picture service again (the file
 * may come from anyone: a raster logo is re-encoded without its metadata, an SVG one refused if anything in it
 * could run or fetch); `theme:save` writes the deck's theme as such a file, atomically, where the user chose.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseThemeFile, serializeThemeFile, THEME_FILE_EXTENSION, ThemeFileError, type ThemeFile } from '../../src-shared/deck';
import { ipcFailure, type IpcFailure } from '../../src-shared/ipc';
import { writeFileAtomic } from '../services/fileWrites/atomicWrite';
import type { FileFilter } from '../services/ports/dialogs';
import { importPicture, PictureError } from '../services/pictures';
import type { Services } from '../services/ports/serviceTypes';
import { fileToRead, type FileToReadRule } from './fileToRead';
import type { CoreHandlerTable } from './handlerTypes';

type ThemeHandlers = Pick<CoreHandlerTable, 'theme:open' | 'theme:save'>;

/** Largest theme file read, in bytes: a logo under the deck's 2 MiB image cap and the rest of the JSON. */
export const MAX_THEME_FILE_BYTES = 3 * 1024 * 1024;

const THEME_FILTERS: FileFilter[] = [{ name: 'BriefDeck theme', extensions: [THEME_FILE_EXTENSION.slice(1)] }];

const THEME_FILE_RULE: FileToReadRule = {
  title: 'Apply a theme file',
  filters: THEME_FILTERS,
  extensions: new Set([THEME_FILE_EXTENSION]),
  refusal: (name) => `not a theme file (${THEME_FILE_EXTENSION}): ${name}`,
};

/**
 * The theme file with its logo checked and normalised by the picture service (`importPicture`), as a deck would
 * take a picture. @throws ThemeFileError naming the file when the logo is refused.
 */
export async function checkedThemeLogo(theme: ThemeFile, name: string): Promise<ThemeFile> {
  const logo = theme.brand.logo;
  if (!logo) return theme;
  try {
    const bytes = Buffer.from(logo.src.slice(logo.src.indexOf(',') + 1), 'base64');
    const picture = await importPicture(bytes, 'logo');
    return { ...theme, brand: { ...theme.brand, logo: { ...logo, src: picture.src, width: picture.width, height: picture.height } } };
  } catch (err) {
    if (err instanceof PictureError) throw new ThemeFileError(`${name}: its logo was refused (${err.message})`);
    throw err;
  }
}

function themeFailure(err: unknown, path: string): IpcFailure {
  if (err instanceof ThemeFileError) return ipcFailure('bad-theme', err.message);
  const message = err instanceof Error ? err.message : String(err);
  const fsError = typeof (err as { code?: unknown }).code === 'string';
  return ipcFailure(fsError ? 'io' : 'internal', message.split(path).join(basename(path)));
}

export function createThemeHandlers({ dialogs, grants }: Services): ThemeHandlers {
  return {
    'theme:open': async ({ path }, ctx) => {
      const target = await fileToRead(path, ctx, { dialogs, grants }, THEME_FILE_RULE);
      if (typeof target !== 'string') return target;
      const name = basename(target);
      try {
        const size = (await stat(target)).size;
        if (size > MAX_THEME_FILE_BYTES) return ipcFailure('bad-theme', `${name} is too large for a theme file (over 3 MB)`);
        const theme = parseThemeFile(await readFile(target, 'utf8'), name);
        return { theme: await checkedThemeLogo(theme, name), name };
      } catch (err) {
        return themeFailure(err, target);
      }
    },
    'theme:save': async ({ base, brand, path }, ctx) => {
      let target: string;
      if (path !== undefined) {
        target = resolve(path);
        if (!grants.has(target)) return ipcFailure('forbidden-path', `save a theme to a path the user has not chosen: ${basename(target)}`);
      } else {
        const safeName = brand.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'theme';
        const chosen = await dialogs.showSave(ctx.windowId, { title: 'Save theme file', defaultPath: `${safeName}${THEME_FILE_EXTENSION}`, filters: THEME_FILTERS });
        if (chosen === null) return { canceled: true };
        target = resolve(chosen);
        grants.grant(target);
      }
      try {
        await writeFileAtomic(target, serializeThemeFile(base, brand));
        return { path: target };
      } catch (err) {
        return themeFailure(err, target);
      }
    },
  };
}
