/**
 * The one dispatch path for an invoke call, shared by Electron's registration (after its sender-frame check) and the
 * Playwright harness: reject unknown channels, validate the request with the contract's zod schema, run the handler,
 * and turn anything thrown into plain failure data.
 */
import { validateRequest, type IpcFailure } from '../../src-shared/ipc';
import { failureFromError } from './failureFromError';
import type { HandlerContext, HandlerTable } from './handlerTypes';

/**
 * Runs `channel` with `args` on `handlers`. Never rejects: resolves to the handler's result or to
 * `{ error: { code: 'unknown-channel' | 'invalid-request' | ..., message } }`.
 */
export async function dispatchInvoke(handlers: HandlerTable, channel: unknown, args: unknown, ctx: HandlerContext): Promise<unknown | IpcFailure> {
  const checked = validateRequest(channel, args);
  if (!checked.ok) return checked.failure;
  const handler = handlers[checked.channel] as (request: unknown, ctx: HandlerContext) => Promise<unknown>;
  try {
    return await handler(checked.request, ctx);
  } catch (err) {
    return failureFromError(err);
  }
}
