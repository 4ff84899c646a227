import { z } from 'zod';

/**
 * Actions on the presentation state, sent by either window through `present:dispatch`.
 * - next / prev: one build step at a time, then the next / previous slide that is not hidden;
 *   prev lands on the previous slide with all its build steps shown (as PowerPoint and reveal.js do).
 * - first / last: the first / last slide that is not hidden.
 * - goto: any slide by deck index, hidden ones too ("go to slide"); `fragment` build steps shown (default 0).
 * - blackout / whiteout: toggle a black / white screen; `screen` sets it directly.
 * - overview: open or close the overview (toggle when `value` is absent).
 * - timer: start, pause or reset the elapsed time; `atMs` is the sender's clock (epoch ms).
 * - pacing: set the target (minutes for the deck, or seconds per slide); omitted fields are cleared.
 */
export const PresentationActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('prev') }),
  z.strictObject({ type: z.literal('first') }),
  z.strictObject({ type: z.literal('last') }),
  z.strictObject({
    type: z.literal('goto'),
    slideIndex: z.number().int().min(0).max(100_000),
    fragment: z.union([z.number().int().min(0).max(10_000), z.literal('all')]).optional(),
  }),
  z.strictObject({ type: z.literal('blackout') }),
  z.strictObject({ type: z.literal('whiteout') }),
  z.strictObject({ type: z.literal('screen'), value: z.enum(['none', 'black', 'white']) }),
  z.strictObject({ type: z.literal('overview'), value: z.boolean().optional() }),
  z.strictObject({
    type: z.literal('timer'),
    op: z.enum(['start', 'pause', 'reset']),
    atMs: z.number().finite().min(0).optional(),
  }),
  z.strictObject({
    type: z.literal('pacing'),
    targetMinutes: z.number().finite().min(0).max(24 * 60).optional(),
    perSlideSeconds: z.number().finite().min(0).max(24 * 3600).optional(),
  }),
]);

export type PresentationAction = z.infer<typeof PresentationActionSchema>;
