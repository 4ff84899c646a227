import type { Deck, ReviewComment, Slide } from '../deck';
import { slideStatements } from '../tradecraft/statements';
import type { CommentsPage, PrintPage } from './pageKinds';
import { paginateNotes } from './notesPagination';
import { notesTextBox } from './printGeometry';
import type { PageSize } from './paper';

function stamp(author: string, at: string): string {
  const who = author.trim() === '' ? 'Unnamed reviewer' : author.trim();
  const when = at.replace('T', ' ').replace(/(\d{2}:\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, '$1$4');
  return when === '' ? who : `${who}, ${when}`;
}

/**
 * One slide's review comments as print paragraphs, in the order they were made: "Author, 2026-12-08 03:40 · on
 * key judgment 1: text" (with "Resolved by …" when resolved), then each reply as "↳ Author, time: text". A comment's
 * field is named as the tradecraft checks name that statement of `slide` ("key judgment 1", not "judgments[0]"),
 * or by its path when the slide no longer has it.
 */
export function commentParagraphs(comments: readonly ReviewComment[], slide?: Slide): string[] {
  const names = new Map((slide ? slideStatements(slide, 0) : []).map((st) => [st.field, st.label]));
  return comments.flatMap((c) => {
    const where = c.field === '' ? '' : ` · on ${names.get(c.field) ?? c.field}`;
    const state = c.resolved ? ` · resolved${c.resolvedBy ? ` by ${stamp(c.resolvedBy, c.resolvedAt ?? '')}` : ''}` : '';
    return [`${stamp(c.author, c.at)}${where}${state}: ${c.text}`, ...c.replies.map((r) => `↳ ${stamp(r.author, r.at)}: ${r.text}`)];
  });
}

/**
 * A review copy's plan: `plan` with, after the last page that shows each commented slide (its slide, notes or
 * handout page), that slide's comments on pages of their own, as many as they need on a notes page's text box.
 */
export function withCommentPages(deck: Deck, plan: PrintPage[], page: PageSize): PrintPage[] {
  const bySlide = new Map<number, ReviewComment[]>();
  const indexOf = new Map(deck.slides.map((s, i) => [s.id, i]));
  for (const c of deck.comments ?? []) {
    const i = indexOf.get(c.slideId);
    if (i !== undefined) bySlide.set(i, [...(bySlide.get(i) ?? []), c]);
  }
  if (bySlide.size === 0) return plan;
  const slidesOf = (p: PrintPage) => (p.kind === 'handout' ? p.cells.map((c) => c.slide) : [p.slide]);
  const lastPage = new Map<number, number>();
  plan.forEach((p, k) => slidesOf(p).forEach((s) => lastPage.set(s, k)));
  const box = notesTextBox(page);
  const out: PrintPage[] = [];
  plan.forEach((p, k) => {
    out.push(p);
    for (const s of [...new Set(slidesOf(p))]) {
      const comments = bySlide.get(s);
      if (!comments || lastPage.get(s) !== k) continue;
      const pieces = paginateNotes(commentParagraphs(comments, deck.slides[s]).join('\n\n'), box);
      pieces.forEach((paragraphs, n): void => void out.push({ kind: 'comments', slide: s, part: n + 1, parts: pieces.length, paragraphs } satisfies CommentsPage));
    }
  });
  return out;
}
