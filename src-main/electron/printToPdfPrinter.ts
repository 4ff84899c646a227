import type { PdfPrinter, PdfPrintOptions } from '../services/export/pdf/pdfPrinter';
import { openOfflineWindow } from './offlineWindow';
import { WAIT_FOR_PRINT_READY } from './printReadyScript';

/**
 * The app's printer: `webContents.printToPDF` on a hidden, sandboxed, offline BrowserWindow (`openOfflineWindow`:
 * the print HTML in a private temp file, its own in-memory session that cancels every request except that file,
 * every permission, new window and navigation denied; no browser launch). Electron's printToPDF defaults (no backgrounds, Letter, 1 cm margins) are overridden:
 * `printBackground`, `preferCSSPageSize` (1280×720 px pages), no margins, and `generateDocumentOutline` /
 * `generateTaggedPDF` for one outline entry per slide (Electron docs, webContents.printToPDF).
 * Not runnable on machines without the Electron binary; the CLI's ChromiumPrinter implements the same contract.
 */
export class PrintToPdfPrinter implements PdfPrinter {
  async print(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    const { win, url, close } = await openOfflineWindow(html);
    try {
      await win.loadURL(url);
      const timeout = options.readyTimeoutMs ?? 120_000;
      let timer: NodeJS.Timeout | undefined;
      let onAbort: (() => void) | undefined;
      await Promise.race([
        win.webContents.executeJavaScript(WAIT_FOR_PRINT_READY, true),
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
      await close();
    }
  }
}
