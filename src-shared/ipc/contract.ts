/**
 * The IPC contract, composed once: every invoke channel (core + `present:*`) with its request schema and response
 * type, and the `window.api` type that the preload (Electron) and the Playwright harness both build from it.
 */
import type { z } from 'zod';
import { INVOKE_METHODS, type InvokeChannel } from './channels';
import type { EventName, EventPayloads } from './events';
import type { IpcFailure } from './failure';
import type { PresentInvokeResponses } from './presentChannels';
import { PRESENT_REQUEST_SCHEMAS } from './presentRequests';
import { CORE_REQUEST_SCHEMAS } from './requests';
import type { CoreInvokeResponses } from './responses';

/** Channel -> zod request schema, for every invoke channel. */
export const REQUEST_SCHEMAS = { ...CORE_REQUEST_SCHEMAS, ...PRESENT_REQUEST_SCHEMAS } satisfies {
  [C in InvokeChannel]: z.ZodType;
};

/** Channel -> success response. */
export type InvokeResponses = CoreInvokeResponses & PresentInvokeResponses;

/** What the renderer passes for a channel (zod input: defaulted fields may be left out). */
export type RequestOf<C extends InvokeChannel> = z.input<(typeof REQUEST_SCHEMAS)[C]>;
/** What a handler receives for a channel, validated and with defaults applied. */
export type ValidRequestOf<C extends InvokeChannel> = z.output<(typeof REQUEST_SCHEMAS)[C]>;
/** What a channel resolves to: its success shape or `{ error: { code, message } }`. */
export type ResultOf<C extends InvokeChannel> = (C extends keyof InvokeResponses ? InvokeResponses[C] : never) | IpcFailure;

/** Requests whose fields are all optional (e.g. `{}`, `{ path? }`) may be left out: `api.listRecovery()`. */
type MethodFor<C extends InvokeChannel> =
  Record<never, never> extends RequestOf<C>
    ? (request?: RequestOf<C>) => Promise<ResultOf<C>>
    : (request: RequestOf<C>) => Promise<ResultOf<C>>;

/** A DOM `File` as seen from src-shared (which has no DOM types): a dropped file. */
export interface DroppedFile {
  readonly name: string;
}

/**
 * `window.api`: one async function per invoke channel (named by `INVOKE_METHODS`), `on` for events, and
 * `pathForFile` for dropped files. Never rejects for handler errors: failures come back as `IpcFailure` data.
 */
export type BriefDeckApi = {
  [C in InvokeChannel as (typeof INVOKE_METHODS)[C]]: MethodFor<C>;
} & {
  /** Subscribes to a main -> renderer event; the callback gets the payload only. Returns an unsubscribe function. */
  on<E extends EventName>(event: E, callback: (payload: EventPayloads[E]) => void): () => void;
  /**
   * The file-system path of a dropped `File` ('' when it has none). Electron: `webUtils.getPathForFile`
   * (Electron 32+, replaces `File.path`); the harness: the path a test registered for that file name.
   */
  pathForFile(file: DroppedFile): string;
};
