/**
 * The one request check shared by Electron's IPC registration and the Playwright harness: the channel must be in the
 * contract and the arguments must pass its zod schema.
 */
import { isInvokeChannel, type InvokeChannel } from './channels';
import { REQUEST_SCHEMAS, type ValidRequestOf } from './contract';
import { ipcFailure, type IpcFailure } from './failure';

/** The outcome of `validateRequest`. */
export type ValidatedRequest =
  | { ok: true; channel: InvokeChannel; request: ValidRequestOf<InvokeChannel> }
  | { ok: false; failure: IpcFailure };

/**
 * Checks `channel` against the contract and parses `args` with the channel's schema. A missing request (`undefined`)
 * counts as `{}`. Never throws. Failures: 'unknown-channel', or 'invalid-request' whose message lists each issue as
 * `path: message` (e.g. `deck.slides.0.layout: Invalid input`), at most 5.
 */
export function validateRequest(channel: unknown, args: unknown): ValidatedRequest {
  if (!isInvokeChannel(channel)) {
    return { ok: false, failure: ipcFailure('unknown-channel', `unknown IPC channel: ${String(channel).slice(0, 100)}`) };
  }
  const schema = REQUEST_SCHEMAS[channel];
  const parsed = schema.safeParse(args === undefined ? {} : args);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(request)'}: ${i.message}`);
    return { ok: false, failure: ipcFailure('invalid-request', `${channel}: ${issues.join('; ')}`) };
  }
  return { ok: true, channel, request: parsed.data as ValidRequestOf<InvokeChannel> };
}
