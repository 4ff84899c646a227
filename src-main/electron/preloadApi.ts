/**
 * Builds `window.api` for the preload from the contract: one function per invoke channel, `on(event, cb)` that hands
 * the page the payload only (never Electron's event object, which carries `sender`; checklist item 20) and returns
 * an unsubscribe function, and `pathForFile` for dropped files. Pure over an `ipcRenderer`-like object, so that it
 * is unit-tested without Electron.
 */
import { INVOKE_METHODS } from '../../src-shared/ipc/channels';
import { EVENT_NAMES } from '../../src-shared/ipc/events';

/** The parts of `ipcRenderer` the api uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * The api object to pass to `contextBridge.exposeInMainWorld('api', …)`. `getPathForFile` is
 * `webUtils.getPathForFile` (Electron 32+; `File.path` was removed).
 */
export function buildPreloadApi(ipc: IpcRendererLike, getPathForFile: (file: never) => string): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const [channel, method] of Object.entries(INVOKE_METHODS)) {
    api[method] = (request?: unknown) => ipc.invoke(channel, request === undefined ? {} : request);
  }
  api.on = (event: unknown, callback: unknown) => {
    if (typeof event !== 'string' || !(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`unknown event: ${String(event)}`);
    if (typeof callback !== 'function') throw new TypeError('callback must be a function');
    const listener = (_event: unknown, payload: unknown) => (callback as (p: unknown) => void)(payload);
    ipc.on(event, listener);
    return () => void ipc.removeListener(event, listener);
  };
  api.pathForFile = (file: unknown) => {
    try {
      return getPathForFile(file as never);
    } catch {
      return '';
    }
  };
  return api;
}
