/**
 * `shell.openExternal` policy (docs/security.md item 15): only https: and mailto: URLs, and only after the user
 * confirms. Never file:, smb:, UNC paths (\\host\share), javascript:, data:, custom schemes, or https URLs with
 * credentials. An https: link may not name the user's machine or a private network (localAddressPolicy.ts). A mailto:
 * link names its addresses and at most a `subject`: every other header (RFC 6068 `hfields`: attach, cc, bcc, to,
 * body, in-reply-to...) is refused, because mail programs act on them: several attach a local file named by
 * `attach=` or `attachment=` (Evolution and KMail among them, per "Mailto: Me Your Secrets", Müller et al., 2020);
 * `cc`/`bcc` add recipients the link text does not show; `body` can carry a whole message the user sends unread. A subject alone is shown in the compose window before anything is sent.
 */
import type { Dialogs } from '../services/ports/dialogs';
import { isNonPublicHost } from './localAddressPolicy';

/** The one mailto: header a deck link may set (see the module comment). Compared case-insensitively. */
export const MAILTO_ALLOWED_HEADERS: readonly string[] = ['subject'];

/** One e-mail address as a mailto: link writes it (RFC 6068 `addr-spec`, percent-decoded): no spaces, no `?&=,;<>"\`. */
const MAILTO_ADDRESS = /^[^\s?&=,;<>"\\@]+@[^\s?&=,;<>"\\@]+$/u;

/** True when a parsed mailto: URL holds one or more plain addresses and nothing but an optional, single subject. */
function mailtoAllowed(u: URL): boolean {
  if (u.hash !== '') return false;
  let addresses: string[];
  try {
    addresses = decodeURIComponent(u.pathname).split(',');
  } catch {
    return false;
  }
  if (addresses.length === 0 || !addresses.every((a) => MAILTO_ADDRESS.test(a) && !/\p{Cc}/u.test(a))) return false;
  const keys = [...u.searchParams.keys()].map((k) => k.toLowerCase());
  return keys.every((k) => MAILTO_ALLOWED_HEADERS.includes(k)) && new Set(keys).size === keys.length;
}

/**
 * The parsed URL when it may be offered for opening externally, otherwise null: https: to a public host without
 * credentials, or mailto: with plain addresses and at most a subject.
 */
export function externalUrlAllowed(url: string): URL | null {
  if (url.startsWith('\\\\') || url.startsWith('//')) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol === 'mailto:') return mailtoAllowed(u) ? u : null;
  if (u.protocol !== 'https:') return null;
  if (u.username !== '' || u.password !== '' || u.hostname === '') return null;
  if (isNonPublicHost(u.hostname)) return null;
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
