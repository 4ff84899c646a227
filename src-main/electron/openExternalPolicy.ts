/**
 * `shell.openExternal` policy (docs/security.md item 15): only https: and mailto: URLs, and only after the user
 * confirms. Never file:, smb:, UNC paths (\\host\share), javascript:, data:, custom schemes, or https URLs with
 * credentials.
 */
import type { Dialogs } from '../services/ports/dialogs';

/** The parsed URL when it may be offered for opening externally, otherwise null. */
export function externalUrlAllowed(url: string): URL | null {
  if (url.startsWith('\\\\') || url.startsWith('//')) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol === 'mailto:') return u;
  if (u.protocol !== 'https:') return null;
  if (u.username !== '' || u.password !== '' || u.hostname === '') return null;
  return u;
}

/**
 * Asks the user, then opens `url` with `openExternal` (Electron's `shell.openExternal`). Resolves true when opened.
 * The confirm dialog shows the full URL so that a misleading link text cannot hide where it goes.
 */
export async function openExternalAfterConfirm(
  url: string,
  windowId: string,
  dialogs: Pick<Dialogs, 'confirm'>,
  openExternal: (url: string) => Promise<void>,
): Promise<boolean> {
  const allowed = externalUrlAllowed(url);
  if (!allowed) return false;
  const choice = await dialogs.confirm(windowId, {
    message: allowed.protocol === 'mailto:' ? 'Write an e-mail with your mail program?' : 'Open this link in your web browser?',
    detail: allowed.href,
    buttons: ['Open', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  });
  if (choice !== 0) return false;
  await openExternal(allowed.href);
  return true;
}
