/**
 * Permission policy (docs/security.md item 5): every permission request and check is denied (camera, microphone,
 * geolocation, notifications, clipboard-read, fullscreen requested by a page, media, midi, pointer lock ...). The
 * app's own fullscreen audience window is set by main (`setFullScreen`), which needs no permission, and Cut / Copy
 * / Paste run through the Edit menu's roles.
 */

/** `session.setPermissionRequestHandler`: the callback is always called with false. */
export function permissionRequestHandler(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** `session.setPermissionCheckHandler`: always false. */
export function permissionCheckHandler(): boolean {
  return false;
}

/** `session.setDevicePermissionHandler` (HID, serial, USB): always false. */
export function devicePermissionHandler(): boolean {
  return false;
}
