/**
 * Attaches the navigation, new-window and webview policies to every webContents the app creates
 * (`app.on('web-contents-created')`), hidden export windows included (docs/security.md items 11-15).
 */
import type { WebContents } from 'electron';
import { allowChildFrameNavigation, allowMainFrameNavigation, allowWebviewAttach, windowOpenAction } from './navigationPolicy';
import { externalUrlAllowed } from './openExternalPolicy';
import { isAppUrl } from './appProtocol';

/**
 * `offerExternal(url, webContents)` is called for an https:/mailto: link the page tried to open or navigate to; it
 * asks the user before `shell.openExternal` (openExternalAfterConfirm).
 */
export function hardenWebContents(wc: WebContents, offerExternal: (url: string, wc: WebContents) => void): void {
  wc.on('will-navigate', (event) => {
    if (allowMainFrameNavigation(event.url)) return;
    event.preventDefault();
    if (externalUrlAllowed(event.url)) offerExternal(event.url, wc);
  });
  wc.on('will-frame-navigate', (event) => {
    const allowed = event.isMainFrame ? allowMainFrameNavigation(event.url) : allowChildFrameNavigation(event.url);
    if (!allowed) event.preventDefault();
  });
  wc.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  wc.on('will-attach-webview', (event) => {
    if (!allowWebviewAttach()) event.preventDefault();
  });
  wc.setWindowOpenHandler(({ url }) => {
    if (externalUrlAllowed(url)) offerExternal(url, wc);
    return windowOpenAction();
  });
}
