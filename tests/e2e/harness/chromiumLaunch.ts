/**
 * How the harness launches Chromium: Debian's /usr/bin/chromium (or CHROMIUM_PATH), headless, with the flags that
 * keep it off the network (docs/stack.md, "Chromium"). Never `playwright install`.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch options for `chromium.launch`; throws with a clear message when the executable is missing. */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH`);
  }
  return { executablePath, headless: true, args: CHROMIUM_ARGS };
}
