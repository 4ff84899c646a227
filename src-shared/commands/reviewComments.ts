import type { Deck, ReviewComment } from '../deck';
import { defineCommand } from './command';

/** Who acts on a comment and when: the reviewer's name and an ISO 8601 date and time (the caller's clock). */
export interface CommentStamp {
  author: string;
  at: string;
}

function withComments(deck: Deck, comments: ReviewComment[]): Deck {
  if (comments.length > 0) return { ...deck, comments };
  const next: Deck = { ...deck };
  delete next.comments;
  return next;
}

function mapComment(deck: Deck, id: string, change: (c: ReviewComment) => ReviewComment | null): Deck {
  const comments = deck.comments ?? [];
  const at = comments.findIndex((c) => c.id === id);
  if (at < 0) return deck;
  const changed = change(comments[at]);
  if (changed === comments[at]) return deck;
  const next = [...comments];
  if (changed === null) next.splice(at, 1);
  else next[at] = changed;
  return withComments(deck, next);
}

/**
 * Adds a review comment on slide `slideId` (`field` '' for the whole slide, else a field path such as "title" or
 * "bullets[1]"). `id` is a fresh id made by the caller. An unknown slide or an empty text changes nothing.
 */
export const addComment = defineCommand<CommentStamp & { id: string; slideId: string; field?: string; text: string }>({
  name: 'addComment',
  label: 'Add comment',
  perform(deck, { id, slideId, field = '', text, author, at }) {
    if (text.trim() === '' || !deck.slides.some((s) => s.id === slideId)) return deck;
    const comment: ReviewComment = { id, slideId, field, author, at, text: text.trim(), replies: [], resolved: false };
    return withComments(deck, [...(deck.comments ?? []), comment]);
  },
});

/** Adds a reply (fresh `id` from the caller) to comment `commentId`'s thread. An empty text changes nothing. */
export const replyToComment = defineCommand<CommentStamp & { commentId: string; id: string; text: string }>({
  name: 'replyToComment',
  label: 'Reply to comment',
  perform(deck, { commentId, id, text, author, at }) {
    if (text.trim() === '') return deck;
    return mapComment(deck, commentId, (c) => ({ ...c, replies: [...c.replies, { id, author, at, text: text.trim() }] }));
  },
});

/** Resolves comment `id` (by `author` at `at`), or reopens it (`resolved` false: the resolver's name and time go). */
export const setCommentResolved = defineCommand<CommentStamp & { id: string; resolved: boolean }>({
  name: 'setCommentResolved',
  label: 'Resolve comment',
  perform(deck, { id, resolved, author, at }) {
    return mapComment(deck, id, (c) => {
      if (c.resolved === resolved) return c;
      if (resolved) return { ...c, resolved: true, resolvedBy: author, resolvedAt: at };
      const reopened: ReviewComment = { ...c, resolved: false };
      delete reopened.resolvedBy;
      delete reopened.resolvedAt;
      return reopened;
    });
  },
});

/** Deletes comment `id` and its replies. */
export const deleteComment = defineCommand<{ id: string }>({
  name: 'deleteComment',
  label: 'Delete comment',
  perform(deck, { id }) {
    return mapComment(deck, id, () => null);
  },
});
