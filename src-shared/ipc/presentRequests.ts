/**
 * zod schemas of the `present:*` requests (channels: presentChannels.ts). Main validates each request with these
 * before a handler runs (`validateRequest.ts`), in Electron and in the Playwright harness alike.
 */
import { z } from 'zod';
import { DeckSchema } from '../deck';
import { PresentationActionSchema } from '../present/presentationActions';
import type { PRESENT_INVOKE_METHODS } from './presentChannels';

/** `present:*` channel -> zod schema of the request. */
export const PRESENT_REQUEST_SCHEMAS = {
  'present:start': z.strictObject({
    deck: DeckSchema,
    /** 0-based deck index to start from (F5: 0; Shift+F5: the current slide). Clamped into the deck. */
    fromSlide: z.number().int().min(0).max(100_000).default(0),
    /** The sender's clock (epoch ms) for the timer start; main's clock when omitted. */
    atMs: z.number().finite().min(0).optional(),
  }),
  'present:dispatch': z.strictObject({ action: PresentationActionSchema }),
  'present:getState': z.strictObject({}),
  'present:stop': z.strictObject({
    /**
     * Esc's rule: close the overview if main's state has it open, else end the show. Decided in main, against the one
     * state, because a window's own copy of that state can lag a broadcast behind (O then Esc in quick succession).
     */
    overviewFirst: z.boolean().optional(),
  }),
} satisfies { [C in keyof typeof PRESENT_INVOKE_METHODS]: z.ZodType };
