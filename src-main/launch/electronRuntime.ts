import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the Electron runtime is, or why it cannot start. */
export type ElectronRuntime = { kind: 'ready'; executable: string } | { kind: 'missing'; message: string };

/**
 * The message `npm start` prints, alone and without a stack trace, when the Electron runtime is not installed
 * (the `electron` npm package downloads its binary on first use, which needs a network). It says what the window
 * needs and what works without it (the CLI and the tests run in Node and Chromium, not Electron).
 */
export const ELECTRON_MISSING_MESSAGE = [
  'BriefDeck cannot open its window: the Electron runtime is not installed (node_modules/electron/dist is missing).',
  'The window needs it once: on a machine with a network, run `npx install-electron --no` (or `npm ci` again).',
  'Without it, everything else works: the CLI (`npx briefdeck help`) and the tests (`npm test`).',
].join('\n');

/**
 * Finds the Electron executable the way the `electron` package's index.js does (its `path.txt` names the binary
 * under `dist/`; `ELECTRON_OVERRIDE_DIST_PATH` replaces `dist/`), but never starts the download that index.js
 * falls back to, which fails with two stack traces where there is no network.
 *
 * @param electronDir the `electron` package folder, e.g. `<repo>/node_modules/electron`
 * @param env the environment (reads `ELECTRON_OVERRIDE_DIST_PATH`)
 * @returns `ready` with the absolute executable path, or `missing` with `ELECTRON_MISSING_MESSAGE`. Never throws.
 */
export function findElectronRuntime(electronDir: string, env: NodeJS.ProcessEnv = process.env): ElectronRuntime {
  const pathFile = join(electronDir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = join(override, name || 'electron');
    if (existsSync(executable)) return { kind: 'ready', executable };
  } else if (name) {
    const executable = join(electronDir, 'dist', name);
    if (existsSync(executable)) return { kind: 'ready', executable };
  }
  return { kind: 'missing', message: ELECTRON_MISSING_MESSAGE };
}
