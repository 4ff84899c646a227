import type { ChromiumPrinter } from '../services/export/pdf/chromiumPrinter';

/**
 * The Chromium printer of a PDF export (undefined for other formats), with Chromium launched at once: the CLI calls
 * this before it loads the export's own modules, so that the browser boots on the other core while Node reads,
 * checks and renders the deck. A launch failure (no Chromium) surfaces at the first print, in its own words.
 */
export async function startPrinter(format: string): Promise<ChromiumPrinter | undefined> {
  if (format !== 'pdf') return undefined;
  const printer = new (await import('../services/export/pdf/chromiumPrinter')).ChromiumPrinter();
  printer.launch().catch(() => undefined);
  return printer;
}
