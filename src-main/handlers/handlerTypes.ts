/**
 * Types of the handler table: one async function per invoke channel, over the services. The same table is registered
 * with `ipcMain.handle` in Electron and bound into the page by the Playwright harness.
 */
import type {
  CoreInvokeChannel,
  EventName,
  EventPayloads,
  InvokeChannel,
  ResultOf,
  ValidRequestOf,
} from '../../src-shared/ipc';

/** Who is calling, and how to answer with events. */
export interface HandlerContext {
  /** Id of the sender's window: "main" for the editor window, "audience-1", "presenter-1" ... for others. */
  windowId: string;
  /** Sends an event to the sender's window only (e.g. `export:progress`). */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
}

/** A handler gets the validated request (defaults applied) and resolves to plain data or an `IpcFailure`. */
export type Handler<C extends InvokeChannel> = (request: ValidRequestOf<C>, ctx: HandlerContext) => Promise<ResultOf<C>>;

/** The `present:*` channels (part of the contract). */
export type PresentInvokeChannel = Exclude<InvokeChannel, CoreInvokeChannel>;

export type CoreHandlerTable = { [C in CoreInvokeChannel]: Handler<C> };
export type PresentHandlerTable = { [C in PresentInvokeChannel]: Handler<C> };
/** The whole table: a handler for every channel of the contract. */
export type HandlerTable = { [C in InvokeChannel]: Handler<C> };
