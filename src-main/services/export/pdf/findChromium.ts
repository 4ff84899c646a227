import { accessSync, constants } from 'node:fs';

/** Thrown when no Chromium/Chrome executable can be found for the CLI's PDF export. */
export class ChromiumNotFoundError extends Error {
  constructor(tried: readonly string[]) {
    super(
      `No Chromium found for PDF export (looked at ${tried.join(', ')}). Install Chromium ` +
        '(Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}

/** Usual install locations, in order of preference, per platform. */
const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium executable to print with: `env.CHROMIUM_PATH` if set (it must exist and be executable), else the first
 * executable of the usual locations. Throws ChromiumNotFoundError with install advice when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new ChromiumNotFoundError([`CHROMIUM_PATH=${configured} (not an executable file)`]);
  }
  const candidates = CANDIDATES[platform] ?? CANDIDATES.linux;
  const found = candidates.find(isExecutable);
  if (!found) throw new ChromiumNotFoundError(candidates);
  return found;
}
