/**
 * Why a source file could not be read into a draft:
 * - `too-large`: over the size limit (checked with stat before any byte is read);
 * - `not-text`: a text, Markdown or HTML file whose bytes are not UTF-8 text (binary data, NUL bytes);
 * - `unsupported`: an extension no reader takes;
 * - `encrypted`: a password-protected PDF;
 * - `scanned`: a PDF with pages but no text layer (it needs OCR first);
 * - `empty`: no text at all;
 * - `damaged`: the bytes are not the format the extension names (a PDF without `%PDF-`, a DOCX that is not a zip)
 *   or the library could not parse them;
 * - `io`: the file system would not hand the file over (missing, a folder, permission denied).
 */
export type SourceReadErrorCode = 'too-large' | 'not-text' | 'unsupported' | 'encrypted' | 'scanned' | 'empty' | 'damaged' | 'io';

/**
 * The one error every source reader throws. `message` is one line that names the file's base name, says what is
 * wrong and what to do ("report.pdf is password-protected: remove the password and import it again").
 */
export class SourceReadError extends Error {
  constructor(
    readonly code: SourceReadErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message.replace(/\s*\n\s*/g, ' '), options);
    this.name = 'SourceReadError';
  }
}
