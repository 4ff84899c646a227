/**
 * The presentation part of the IPC contract: `present:*` invoke channels and the `present:state` event.
 * OWNED BY HELPER F (presentation logic). The core contract (`channels.ts`, `requests.ts`, `responses.ts`,
 * `events.ts`) composes the four exports below; add present channels here and nowhere else:
 *   1. PRESENT_INVOKE_METHODS: channel -> window.api method name (e.g. 'present:start': 'startPresentation').
 *   2. PRESENT_REQUEST_SCHEMAS: channel -> zod schema of its request object (validated in main before the handler).
 *   3. PresentInvokeResponses: channel -> success response type (plain data; failures are IpcFailure).
 *   4. PresentEventPayloads: event name -> payload type ('present:state' is broadcast to every app window).
 * The handlers go in the handler table through `src-main/services/presentHandlers.ts` (also helper F's); window
 * plumbing (open a fullscreen audience window, a presenter window, broadcast) is the `AppWindows` port of
 * `src-main/services/appWindows.ts`.
 */
import { z } from 'zod';

/** `present:*` channel -> `window.api` method name. */
export const PRESENT_INVOKE_METHODS = {} as const;

/** `present:*` channel -> zod schema of the request. */
export const PRESENT_REQUEST_SCHEMAS = {} satisfies { [C in keyof typeof PRESENT_INVOKE_METHODS]: z.ZodType };

/** `present:*` channel -> success response (plain, structured-clone safe data). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PresentInvokeResponses {}

/** Presentation events (main -> every app window). */
export interface PresentEventPayloads {
  /** The one presentation state that both the audience and presenter windows render (shape: helper F). */
  'present:state': unknown;
}

/** Event names of PresentEventPayloads, for the preload's subscription allow-list. */
export const PRESENT_EVENTS = ['present:state'] as const satisfies readonly (keyof PresentEventPayloads)[];
