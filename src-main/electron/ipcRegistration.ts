/**
 * The ONE IPC wrapper of the app (docs/architecture.md, "The IPC contract, written once"; Electron checklist
 * item 17). Each invoke channel of the contract is registered with `ipcMain.handle` through `createInvokeGate`,
 * which refuses a sender that is not the main frame of one of our windows at app://briefdeck, then runs the shared
 * `dispatchInvoke` (unknown channel -> failure, zod validation, the handler, failures as plain data).
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { INVOKE_CHANNELS, ipcFailure, type EventName, type EventPayloads } from '../../src-shared/ipc';
import { dispatchInvoke } from '../handlers/dispatchInvoke';
import type { HandlerTable } from '../handlers/handlerTypes';
import { isTrustedSender } from '../handlers/trustedSender';

/** The parts of an `IpcMainInvokeEvent` the gate reads (so tests can pass plain objects). */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
  sender: unknown;
}

export interface InvokeGateOptions {
  handlers: HandlerTable;
  /** "app://briefdeck" */
  origin: string;
  /** The window id of a webContents of ours ("main", "audience-1" ...), undefined for anything else. */
  windowIdOf(sender: unknown): string | undefined;
  /** Sends an event to that webContents (`webContents.send(event, payload)`). */
  send(sender: unknown, event: EventName, payload: unknown): void;
}

/**
 * The gate: `(event, channel, args) -> result`. Never rejects; a refused sender gets
 * `{ error: { code: 'forbidden-sender' } }` and no handler runs.
 */
export function createInvokeGate(options: InvokeGateOptions) {
  return async function gate(event: InvokeEventLike, channel: unknown, args: unknown): Promise<unknown> {
    const frame = event.senderFrame;
    const windowId = options.windowIdOf(event.sender);
    const trusted = frame !== null && isTrustedSender({ url: frame.url, isMainFrame: frame.parent === null }, options.origin);
    if (!trusted || windowId === undefined) {
      return ipcFailure('forbidden-sender', `IPC refused from ${frame ? frame.url.slice(0, 200) : 'a destroyed frame'}`);
    }
    return dispatchInvoke(options.handlers, channel, args, {
      windowId,
      emit: <E extends EventName>(name: E, payload: EventPayloads[E]) => options.send(event.sender, name, payload),
    });
  };
}

/** Registers every invoke channel of the contract on `ipcMain` through the gate. Returns an unregister function. */
export function registerIpc(ipcMain: IpcMain, options: InvokeGateOptions): () => void {
  const gate = createInvokeGate(options);
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, args: unknown) => gate(event as unknown as InvokeEventLike, channel, args));
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** `send` for real webContents: skips destroyed ones. */
export function sendToWebContents(sender: unknown, event: EventName, payload: unknown): void {
  const wc = sender as WebContents;
  if (!wc.isDestroyed()) wc.send(event, payload);
}
