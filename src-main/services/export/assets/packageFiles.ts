import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const requireHere = createRequire(__filename);

/**
 * Absolute path of a file inside an installed package, resolved from this module with Node's resolver
 * (`require.resolve`), so it works from the sources (vitest), the built CLI (out/main/cli.js) and Electron.
 * `@fontsource/<pkg>/files/<name>` specifiers are resolved via the package's main entry, because @fontsource's
 * `exports` map only exposes CSS. Throws Error naming the specifier when the package is missing.
 */
export function resolvePackageFile(specifier: string): string {
  const fontsource = /^(@fontsource\/[a-z0-9-]+)\/(files\/[A-Za-z0-9._-]+)$/.exec(specifier);
  try {
    if (fontsource) return join(dirname(requireHere.resolve(fontsource[1])), fontsource[2]);
    return requireHere.resolve(specifier);
  } catch (error) {
    throw new Error(`BriefDeck cannot find its bundled file ${specifier} (reinstall with npm ci): ${(error as Error).message}`, { cause: error });
  }
}

/** The UTF-8 text of a package file (see `resolvePackageFile`). */
export function readPackageText(specifier: string): string {
  return readFileSync(resolvePackageFile(specifier), 'utf8');
}

/** A package file as a base64 `data:` URL with the given MIME type. */
export function packageDataUrl(specifier: string, mime: string): string {
  return `data:${mime};base64,${readFileSync(resolvePackageFile(specifier)).toString('base64')}`;
}
