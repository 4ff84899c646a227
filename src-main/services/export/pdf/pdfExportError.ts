/**
 * Why a PDF export failed, for the dialog and the CLI:
 * - `cancelled`: the user cancelled (export:cancel / AbortSignal); no file is written.
 * - `slide`: one slide cannot be printed; `slideIndex` (0-based, into deck.slides) and the message name it
 *   ("Slide 4 “Key judgments”: …"), so the dialog can jump to it.
 * - `print`: the printer failed on something that is not one slide (the browser, the machine).
 * - `empty`: the page plan has no page (no visible slide, or only hidden ones without --include-hidden); refused
 *   before any browser is launched (NOTHING_TO_EXPORT).
 */
export class PdfExportError extends Error {
  constructor(
    readonly code: 'cancelled' | 'slide' | 'print' | 'empty',
    message: string,
    readonly slideIndex?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PdfExportError';
  }
}

/** "Slide 4 “Key judgments”" for a deck slide (1-based number in the deck, title when it has one). */
export function slideLabel(slideIndex: number, title: string): string {
  const t = title.trim();
  return `Slide ${slideIndex + 1}${t === '' ? '' : ` “${t.length > 60 ? `${t.slice(0, 57)}…` : t}”`}`;
}

/** The message of PdfExportError('empty'), shared by the CLI and the app's export dialog (export:run). */
export const NOTHING_TO_EXPORT = 'nothing to export: the deck has no visible slides; use --include-hidden (or "Include hidden slides") to print hidden slides';
