import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, session } from 'electron';
import type { PdfPrinter, PdfPrintOptions } from '../services/export/pdf/pdfPrinter';
import { secureWebPreferences } from './secureWebPreferences';

/** Resolves when the print document sets `<html data-bd-print-ready="true">` (see pdfPrinter.ts). */
const WAIT_FOR_READY = `new Promise((resolve) => {
  const ready = () => document.documentElement.getAttribute('data-bd-print-ready') === 'true';
  if (ready()) return resolve(true);
  new MutationObserver((_, observer) => { if (ready()) { observer.disconnect(); resolve(true); } })
    .observe(document.documentElement, { attributes: true });
})`;

/**
 * The app's printer: `webContents.printToPDF` on a hidden, sandboxed BrowserWindow (no browser launch).
 * The print HTML is written to a private temp file (a data: URL over 2 MiB would be dropped by Chromium's IPC) and
 * loaded in its own in-memory session that cancels every request except that one file, denies every permission,
 * new window and navigation. Electron's printToPDF defaults (no backgrounds, Letter, 1 cm margins) are overridden:
 * `printBackground`, `preferCSSPageSize` (1280×720 px pages), no margins, and `generateDocumentOutline` /
 * `generateTaggedPDF` for one outline entry per slide (Electron docs, webContents.printToPDF).
 * Not runnable on machines without the Electron binary; the CLI's ChromiumPrinter implements the same contract.
 */
export class PrintToPdfPrinter implements PdfPrinter {
  async print(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    const dir = await mkdtemp(join(tmpdir(), 'briefdeck-print-'));
    const file = join(dir, 'print.html');
    await writeFile(file, html, { mode: 0o600 });
    const allowed = pathToFileURL(file).href;
    const printSession = session.fromPartition(`briefdeck-print-${Date.now()}-${Math.random().toString(36).slice(2)}`, { cache: false });
    printSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    printSession.setPermissionCheckHandler(() => false);
    printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== allowed }));
    const win = new BrowserWindow({
      show: false,
      width: 1280,
      height: 720,
      webPreferences: { ...secureWebPreferences(undefined, app.isPackaged), session: printSession, javascript: true },
    });
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    win.webContents.on('will-navigate', (event) => event.preventDefault());
    win.webContents.on('will-frame-navigate', (event) => { if (event.url !== allowed) event.preventDefault(); });
    try {
      await win.loadURL(allowed);
      const timeout = options.readyTimeoutMs ?? 120_000;
      let timer: NodeJS.Timeout | undefined;
      let onAbort: (() => void) | undefined;
      await Promise.race([
        win.webContents.executeJavaScript(WAIT_FOR_READY, true),
        // readyTimeoutMs 0 = no time limit (export jobs); the AbortSignal (export:cancel) stops the wait.
        ...(timeout > 0 ? [new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`the deck was not laid out for printing within ${timeout} ms`)), timeout); })] : []),
        ...(options.signal ? [new Promise((_, reject) => { onAbort = () => reject(options.signal?.reason ?? new Error('print cancelled')); if (options.signal?.aborted) onAbort(); else options.signal?.addEventListener('abort', onAbort, { once: true }); })] : []),
      ]).finally(() => {
        clearTimeout(timer);
        if (onAbort) options.signal?.removeEventListener('abort', onAbort);
      });
      options.signal?.throwIfAborted();
      const pdf = await win.webContents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        generateDocumentOutline: options.outline,
        generateTaggedPDF: options.tagged ?? options.outline,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      if (!win.isDestroyed()) win.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  }
}
