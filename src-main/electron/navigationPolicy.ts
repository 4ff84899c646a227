/**
 * Navigation and frame policies (docs/security.md items 11-14). Pure functions over URLs; main.ts attaches them to
 * `will-navigate`, `will-frame-navigate`, `will-redirect`, `will-attach-webview` and `setWindowOpenHandler`.
 * URLs are compared parsed, never by string prefix.
 */
import { isAppUrl } from './appProtocol';

/** The app documents a top-level window may show (hash routes allowed, any query). */
const APP_DOCUMENTS = new Set(['/index.html', '/']);
/** The documents a child frame may show: the slide frame, and the inert srcdoc/blank documents of thumbnails. */
const FRAME_DOCUMENTS = new Set(['/slide-frame.html']);

/**
 * May the main frame of a window navigate to `url`? Only to our own app document (reload, hash routes). Everything
 * else (http(s), file:, data:, javascript:, other app paths) is blocked; links open externally through
 * openExternalPolicy, never in the window.
 */
export function allowMainFrameNavigation(url: string): boolean {
  if (!isAppUrl(url)) return false;
  return APP_DOCUMENTS.has(new URL(url).pathname);
}

/**
 * May a child frame navigate to `url`? Our slide frame document, `about:blank` and `about:srcdoc` (sandboxed
 * thumbnails and previews); nothing else.
 */
export function allowChildFrameNavigation(url: string): boolean {
  if (url === 'about:blank' || url === 'about:srcdoc') return true;
  if (!isAppUrl(url)) return false;
  return FRAME_DOCUMENTS.has(new URL(url).pathname);
}

/** `setWindowOpenHandler`: the page never opens windows itself (the app opens its own; item 14). */
export function windowOpenAction(): { action: 'deny' } {
  return { action: 'deny' };
}

/** `will-attach-webview`: never (items 11-12); the handler calls `event.preventDefault()` when this is false. */
export function allowWebviewAttach(): boolean {
  return false;
}
