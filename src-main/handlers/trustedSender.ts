/**
 * The sender check of every IPC call (Electron security checklist item 17, docs/security.md): the caller must be the
 * main frame of one of our windows, showing our own origin. Shared by Electron's registration (event.senderFrame) and
 * the Playwright harness (the binding's source frame).
 */

/** What the check needs to know about the calling frame. */
export interface SenderFrameInfo {
  /** The frame's current URL (`senderFrame.url`). */
  url: string;
  /** True when the frame is its window's top frame (`senderFrame.parent === null`). */
  isMainFrame: boolean;
}

/**
 * True when `frame` is a main frame whose URL has the same scheme, host and port as `appOrigin`
 * (e.g. "app://briefdeck" in Electron, "http://127.0.0.1:43117" in the harness). Compares parsed URLs, never string
 * prefixes: "app://briefdeck.evil/" and "app://briefdeck@evil/" are refused. Node's URL gives non-special schemes
 * an origin of "null", hence protocol + host rather than `origin`.
 */
export function isTrustedSender(frame: SenderFrameInfo | null | undefined, appOrigin: string): boolean {
  if (!frame || !frame.isMainFrame) return false;
  let url: URL;
  let expected: URL;
  try {
    url = new URL(frame.url);
    expected = new URL(appOrigin);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  return url.protocol === expected.protocol && url.host === expected.host && url.host !== '';
}
