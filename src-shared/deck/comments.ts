import { z } from 'zod';

/** A reply in a review comment's thread: who wrote it, when (ISO 8601 date and time), and the text. */
export const CommentReplySchema = z.looseObject({
  id: z.string().min(1).max(100),
  author: z.string().max(300).default(''),
  at: z.string().max(40).default('').describe('ISO 8601 date and time'),
  text: z.string().min(1, 'a reply needs text').max(5000),
});
export type CommentReply = z.infer<typeof CommentReplySchema>;

/**
 * A review comment on a slide (`field` "") or on one field of it (`field` a path inside the slide such as "title" or
 * "bullets[1]", as the tradecraft findings name fields), with its thread of replies. A resolved comment stays in
 * the deck (marked resolved, by whom and when) until it is reopened. Comments are for the people who review a deck:
 * no export shows them except a review copy PDF, and an audience copy never does.
 */
export const ReviewCommentSchema = z.looseObject({
  id: z.string().min(1).max(100),
  slideId: z.string().min(1).max(100),
  field: z.string().max(200).default(''),
  author: z.string().max(300).default(''),
  at: z.string().max(40).default('').describe('ISO 8601 date and time'),
  text: z.string().min(1, 'a comment needs text').max(5000),
  replies: z.array(CommentReplySchema).max(500).default([]),
  resolved: z.boolean().default(false),
  resolvedBy: z.string().max(300).optional(),
  resolvedAt: z.string().max(40).optional(),
});
export type ReviewComment = z.infer<typeof ReviewCommentSchema>;

/** The deck's comments field: absent in decks without comments (older decks stay valid). */
export const ReviewCommentsSchema = z.array(ReviewCommentSchema).max(5000);
