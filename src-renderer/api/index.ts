/**
 * The one renderer module that reads `window.api` (built by the Electron preload, or by the Playwright harness with
 * the same shape). Everything else imports `api()` from here. Channels, request and response types:
 * src-shared/ipc (see channels.ts). Every method resolves to its success shape or to `{ error: { code, message } }`
 * (check with `isIpcFailure`); none rejects for a handler error.
 */
import type { BriefDeckApi } from '../../src-shared/ipc';

declare global {
  interface Window {
    /** Set by the preload (contextBridge) or the test harness. Read it only through `api()`. */
    api?: BriefDeckApi;
  }
}

/**
 * The typed `window.api`. Throws an Error naming the cause when the page runs without a preload or harness
 * (for example opened directly in a browser), so the failure is not a silent `undefined`.
 */
export function api(): BriefDeckApi {
  const value = window.api;
  if (!value) throw new Error('window.api is missing: BriefDeck must run in Electron (preload) or the Playwright harness');
  return value;
}

/** True when `window.api` exists (the app runs in Electron or the harness, not in a bare browser or unit test). */
export function hasApi(): boolean {
  return typeof window !== 'undefined' && window.api !== undefined;
}

export { isIpcFailure } from '../../src-shared/ipc/failure';
export type {
  BriefDeckApi,
  RequestOf,
  ResultOf,
  InvokeChannel,
  EventName,
  EventPayloads,
  MenuCommand,
  MenuCommandName,
  ExportProgress,
  ExportFormat,
  ExportOptions,
  IpcFailure,
  IpcFailureCode,
  OpenedDeck,
  RecentFile,
  RecoveryEntry,
  SaveConflict,
  Canceled,
  GalleryCard,
  ArgumentMap,
  Argument,
  Claim,
  Fact,
  Counterpoint,
  SourceRecord,
} from '../../src-shared/ipc';
