import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Environment variable that points the app at another templates folder (one holding `arguments/`). */
export const TEMPLATES_DIR_ENV = 'BRIEFDECK_TEMPLATES_DIR';

/**
 * Name of the templates folder inside a packaged app's resources folder (`process.resourcesPath`): electron-builder
 * copies the repository's `templates/` there as `extraResources` (electron-builder.config.cjs), outside app.asar.
 */
export const PACKAGED_TEMPLATES_FOLDER = 'templates';

/**
 * Walks up from `start` until a folder `templates/` holding `templates/arguments/` is found; returns its absolute
 * path, or `undefined` at the file-system root.
 */
export function findTemplatesDirFrom(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'arguments'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Where the program runs from, for resolveTemplatesDir. */
export interface TemplatesDirContext {
  /** The value of `BRIEFDECK_TEMPLATES_DIR`, if set (wins in every case). */
  envDir?: string;
  /**
   * The packaged app's resources folder (Electron's `process.resourcesPath`), given only when Electron says the app
   * is packaged (`app.isPackaged`). Electron sets `process.resourcesPath` in development too (to its own dist folder),
   * so it is never used on its own.
   */
  packagedResourcesPath?: string;
  /** The running module's folder: `src-main/services/templates/` from source, `out/main/` when bundled. */
  moduleDir?: string;
  /** The working directory, the last resort in development and in the CLI. */
  cwd: string;
}

/**
 * The one rule for finding the templates folder:
 * 1. `BRIEFDECK_TEMPLATES_DIR` when set;
 * 2. a packaged app: `<resources>/templates`, and nothing else (walking up from inside app.asar could find an
 *    unrelated folder beside the installed app);
 * 3. development (`npm start`, vitest) and the CLI (`out/main/cli.js`): the nearest `templates/arguments/` above the
 *    module's folder, then above the working directory.
 * @throws Error naming the folders searched when none holds `templates/arguments/`.
 */
export function resolveTemplatesDir(context: TemplatesDirContext): string {
  if (context.envDir) return resolve(context.envDir);
  if (context.packagedResourcesPath !== undefined) {
    const dir = join(resolve(context.packagedResourcesPath), PACKAGED_TEMPLATES_FOLDER);
    if (existsSync(join(dir, 'arguments'))) return dir;
    throw new Error(`The installed app has no templates folder at ${dir} (templates/arguments/ missing); reinstall BriefDeck or set ${TEMPLATES_DIR_ENV}.`);
  }
  const starts = [context.moduleDir, context.cwd].filter((s): s is string => !!s);
  for (const start of starts) {
    const found = findTemplatesDirFrom(start);
    if (found) return found;
  }
  throw new Error(`No templates folder (templates/arguments/) found above ${starts.join(' or ')}; set ${TEMPLATES_DIR_ENV}.`);
}

/**
 * The templates folder for this process (resolveTemplatesDir with the process's own values). `packaged`: Electron's
 * `app.isPackaged`, passed by the Electron adapter; the CLI and the tests leave it out (development layout).
 * @throws Error as resolveTemplatesDir, or when packaged without `process.resourcesPath`.
 */
export function defaultTemplatesDir(options: { packaged?: boolean } = {}): string {
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (options.packaged && !resourcesPath) throw new Error('A packaged app without process.resourcesPath: cannot find the templates folder.');
  return resolveTemplatesDir({
    envDir: process.env[TEMPLATES_DIR_ENV],
    ...(options.packaged ? { packagedResourcesPath: resourcesPath } : {}),
    moduleDir: typeof __dirname === 'string' ? __dirname : undefined,
    cwd: process.cwd(),
  });
}
