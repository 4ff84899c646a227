import type { PageMeasure, PreflightProbe, ProbeDocument, ProbeResult } from '../services/export/preflight/preflightProbe';
import { measureInPage } from '../services/export/preflight/preflightProbe';
import { wholeDocumentOf } from '../services/export/preflight/printerPageProbe';
import { WAIT_FOR_PRINT_READY } from './printReadyScript';

/** The part of an Electron BrowserWindow the probe uses (a fake in the unit tests). */
export interface ProbeWindow {
  loadURL(url: string): Promise<void>;
  webContents: { executeJavaScript(code: string, userGesture?: boolean): Promise<unknown> };
}

/** Opens a hidden, sandboxed, offline window on a document; `requests` lists the URLs it refused; `close` ends it. */
export interface ProbeWindowHost {
  open(html: string): Promise<{ window: ProbeWindow; url: string; requests: string[]; emulatePrintMedia(): Promise<void>; close(): Promise<void> }>;
}

/**
 * The app's pre-export layout probe: the same measurements as the CLI's ChromiumPreflightProbe (overflowing and
 * shrunk slides, notes overflow, undecodable images, refused requests) taken in a hidden window of the app
 * (`electronProbeHost`: sandboxed, offline, its own session), on the whole print document of the pages asked for
 * (`wholeDocumentOf`), with the same measuring script (`measureInPage`, sent as source text), page by page. The
 * services wrap it in the same cache as the CLI's probe, so a check lays out only the pages that changed. Waits for `<html data-bd-print-ready>` with no time limit, as the
 * CLI probe does; the window is closed whatever happens. Errors of the window (load failure, script error) reject.
 */
export class WindowPreflightProbe implements PreflightProbe {
  constructor(private readonly host: ProbeWindowHost) {}

  async measure(doc: ProbeDocument): Promise<ProbeResult> {
    const opened = await this.host.open(wholeDocumentOf(doc));
    const images = doc.pages.map((p) => p.images);
    try {
      await opened.emulatePrintMedia();
      await opened.window.loadURL(opened.url);
      await opened.window.webContents.executeJavaScript(WAIT_FOR_PRINT_READY, true);
      const pages = (await opened.window.webContents.executeJavaScript(`(${measureInPage.toString()})(${JSON.stringify(images)})`, true)) as PageMeasure[];
      return { pages, requests: [...opened.requests] };
    } finally {
      await opened.close();
    }
  }
}
