import type { Slide } from '../../src-shared/deck';

/** A field a review comment can point at: its path inside the slide (as `data-field` names it) and its name. */
export interface CommentField {
  field: string;
  label: string;
}

/**
 * The fields of `slide` a comment can be on: the whole slide, its title, and each bullet or key judgment (by its
 * number), so a reviewer can say which statement a comment is about.
 */
export function commentFieldsOf(slide: Slide): CommentField[] {
  const fields: CommentField[] = [{ field: '', label: 'Whole slide' }, { field: 'title', label: 'Title' }];
  const s = slide as { bullets?: unknown[]; judgments?: unknown[] };
  (s.bullets ?? []).forEach((_, i) => fields.push({ field: `bullets[${i}]`, label: `Bullet ${i + 1}` }));
  (s.judgments ?? []).forEach((_, i) => fields.push({ field: `judgments[${i}]`, label: `Key judgment ${i + 1}` }));
  return fields;
}

/** The name of a comment's field on `slide` ("Bullet 2"), or its path when the slide has no such field any more. */
export function commentFieldLabel(slide: Slide | undefined, field: string): string {
  if (!slide) return field || 'Whole slide';
  return commentFieldsOf(slide).find((f) => f.field === field)?.label ?? field;
}
