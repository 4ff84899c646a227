/**
 * Errors crossing the IPC boundary are plain data, never thrown Error objects (which do not survive structured
 * clone with their fields): every handler resolves to its success shape or to `IpcFailure`.
 */

/** Stable, machine-readable failure codes. The renderer shows `message`; tests and UI branches key on `code`. */
export const IPC_FAILURE_CODES = [
  /** The channel is not in the contract (rejected by the one IPC wrapper). */
  'unknown-channel',
  /** The sender is not our own main frame at app://briefdeck (Electron checklist item 17). */
  'forbidden-sender',
  /** The request failed its zod schema; `message` names the JSON path. */
  'invalid-request',
  /** A path that the user did not choose in this session (dialog, command line, recent list, drop). */
  'forbidden-path',
  /** The file is not a valid deck (parse, UTF-8, schema, size cap ...). `message` names the position or path. */
  'bad-deck',
  /** The file system refused (missing folder, read-only, disk full, not found). */
  'io',
  /** No template, recovery copy or job with that id. */
  'not-found',
  /** The deck was opened read-only (newer schemaVersion) and cannot be saved over. */
  'read-only',
  /** An export failed; `message` names the slide when it can. */
  'export-failed',
  /** An export was cancelled through `export:cancel`. */
  'cancelled',
  /** A service is not available in this build (e.g. an exporter that has not landed). */
  'unavailable',
  /**
   * A file could not be read as a source (too large, not text, unsupported, encrypted, scanned, empty, damaged), or a
   * library file of the per-user source library is damaged. `message` names the file.
   */
  'bad-source',
  /** A file could not be used as a picture (not an image, too large, an SVG that could run or fetch). `message` names the file. */
  'bad-picture',
  /** A theme file (.briefdeck-theme) that is not one, or whose values or logo are refused. */
  'bad-theme',
  /** Anything else: a bug. `message` is the error's message. */
  'internal',
] as const;
export type IpcFailureCode = (typeof IPC_FAILURE_CODES)[number];

/** The failure shape: `{ error: { code, message } }`. Success shapes never have a top-level `error` key. */
export interface IpcFailure {
  error: { code: IpcFailureCode; message: string };
}

/** Builds an `IpcFailure`. */
export function ipcFailure(code: IpcFailureCode, message: string): IpcFailure {
  return { error: { code, message } };
}

/** True when an IPC result is a failure. Works on any result of `window.api`. */
export function isIpcFailure(value: unknown): value is IpcFailure {
  return typeof value === 'object' && value !== null && 'error' in value && typeof (value as IpcFailure).error === 'object';
}
