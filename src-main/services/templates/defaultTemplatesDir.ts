import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Environment variable that points the app at another templates folder (one holding `arguments/`). */
export const TEMPLATES_DIR_ENV = 'BRIEFDECK_TEMPLATES_DIR';

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

/**
 * The repository's `templates/` folder, found from this module's location: `src-main/services/templates/` when run
 * from source (vitest), `out/main/` when bundled (electron-vite CommonJS output, where `__dirname` is the bundle's
 * folder). `BRIEFDECK_TEMPLATES_DIR` overrides it; the working directory is the last resort.
 * @throws Error naming the folders searched when none holds `templates/arguments/`.
 */
export function defaultTemplatesDir(): string {
  const fromEnv = process.env[TEMPLATES_DIR_ENV];
  if (fromEnv) return resolve(fromEnv);
  const starts = [typeof __dirname === 'string' ? __dirname : undefined, process.cwd()].filter((s): s is string => !!s);
  for (const start of starts) {
    const found = findTemplatesDirFrom(start);
    if (found) return found;
  }
  throw new Error(`No templates folder (templates/arguments/) found above ${starts.join(' or ')}; set ${TEMPLATES_DIR_ENV}.`);
}
