/**
 * The app's custom protocol: `app://briefdeck/` serves out/renderer (Electron checklist item 18: a custom protocol,
 * not file://). Privileges per Electron's `protocol.registerSchemesAsPrivileged` docs: `standard` (URLs resolve
 * like http and the page gets a real origin), `secure` (a secure context), `supportFetchAPI`, `corsEnabled` (module
 * scripts of the sandboxed slide frame load in CORS mode).
 */
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'briefdeck';
/** The origin every IPC sender must have (see trustedSender.ts). */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The editor window's URL. Routes are hash routes: `${APP_ENTRY}#/present/audience`. */
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Passed to `protocol.registerSchemesAsPrivileged` before the app is ready. */
export const PRIVILEGED_SCHEMES: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
];

/** True when `url` is on the app's own origin (parsed: scheme and host, no credentials). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}
