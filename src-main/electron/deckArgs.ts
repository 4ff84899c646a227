/**
 * The deck path given on the command line (`briefdeck-app brief.briefdeck`) or by a second instance
 * (`app.on('second-instance', (e, argv, cwd))`).
 */
import { isAbsolute, resolve } from 'node:path';

/**
 * The first argument after the executable that names a `.briefdeck` file (not a `--flag`), resolved against `cwd`;
 * undefined when there is none. Electron and Chromium switches (`--foo=bar`) are skipped.
 */
export function deckPathFromArgv(argv: readonly string[], cwd: string): string | undefined {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (!arg.toLowerCase().endsWith('.briefdeck')) continue;
    return isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return undefined;
}
