import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, session } from 'electron';
import { secureWebPreferences } from './secureWebPreferences';
import type { ProbeWindowHost } from './windowPreflightProbe';

/** A hidden window ready to load one document, offline; `requests` collects the URLs it refused. */
export interface OfflineWindow {
  win: BrowserWindow;
  /** The file: URL of the document, the one request allowed. */
  url: string;
  requests: string[];
  /** Destroys the window and deletes the document's temp folder. */
  close(): Promise<void>;
}

/**
 * Writes `html` to a private temp file (a data: URL over 2 MiB would be dropped by Chromium's IPC) and opens a
 * hidden, sandboxed 1280×720 BrowserWindow (not yet loaded) in its own in-memory session that cancels every request
 * except that one file (the refused URLs are kept in `requests`) and denies every permission, new window and
 * navigation. JavaScript is on (reveal.js lays the document out). Used by the printer and the pre-export probe.
 */
export async function openOfflineWindow(html: string): Promise<OfflineWindow> {
  const dir = await mkdtemp(join(tmpdir(), 'briefdeck-print-'));
  const file = join(dir, 'print.html');
  await writeFile(file, html, { mode: 0o600 });
  const allowed = pathToFileURL(file).href;
  const requests: string[] = [];
  const offline = session.fromPartition(`briefdeck-print-${Date.now()}-${Math.random().toString(36).slice(2)}`, { cache: false });
  offline.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  offline.setPermissionCheckHandler(() => false);
  offline.webRequest.onBeforeRequest((details, callback) => {
    const cancel = details.url !== allowed;
    if (cancel) requests.push(details.url);
    callback({ cancel });
  });
  const win = new BrowserWindow({
    show: false,
    width: 1280,
    height: 720,
    webPreferences: { ...secureWebPreferences(undefined, app.isPackaged), session: offline, javascript: true },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.on('will-frame-navigate', (event) => { if (event.url !== allowed) event.preventDefault(); });
  return {
    win,
    url: allowed,
    requests,
    close: async () => {
      if (!win.isDestroyed()) win.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The pre-export probe's windows in the app (WindowPreflightProbe): `openOfflineWindow`, with print media emulated
 * through the window's DevTools protocol (`Emulation.setEmulatedMedia`, as the CLI probe's `page.emulateMedia`).
 */
export function electronProbeHost(): ProbeWindowHost {
  return {
    async open(html) {
      const opened = await openOfflineWindow(html);
      return {
        window: { loadURL: (url) => opened.win.loadURL(url), webContents: opened.win.webContents },
        url: opened.url,
        requests: opened.requests,
        emulatePrintMedia: async () => {
          const dbg = opened.win.webContents.debugger;
          if (!dbg.isAttached()) dbg.attach('1.3');
          await dbg.sendCommand('Emulation.setEmulatedMedia', { media: 'print' });
        },
        close: opened.close,
      };
    },
  };
}
