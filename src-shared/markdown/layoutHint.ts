import type { Layout } from '../deck';
import type { ImportNotices } from './importNotices';
import type { RawSlide } from './rawSlide';
import { chooseLayout, type SlideBlocks } from './slideFromBlocks';

/**
 * The layout for a slide another tool gave a layout (RawSlide.layoutHint): the first preferred layout the content
 * fits, else the guess from the content (chooseLayout) with one notice per hint. A title slide is only the file's
 * first slide; a title or section slide holds a heading and at most one paragraph; a quote one blockquote; a
 * two-column slide is always kept (its reader reports what does not fit a column).
 */
export function chooseHintedLayout(hint: NonNullable<RawSlide['layoutHint']>, sb: SlideBlocks, index: number, notices: Pick<ImportNotices, 'note'>): Layout {
  const guessed = chooseLayout(undefined, sb, index === 0, () => {});
  const onlyLead = sb.rest.every((b) => b.kind === 'paragraph') && sb.rest.length <= 1;
  const fits = (layout: Layout): boolean => {
    if (layout === 'title') return index === 0 && onlyLead;
    if (layout === 'section') return onlyLead && sb.title !== '';
    if (layout === 'two-column') return true;
    return guessed === layout;
  };
  const chosen = hint.layouts.find(fits);
  if (chosen) return chosen;
  notices.note(`hint:${hint.from}`, `the ${hint.from} does not fit this content; the layout was guessed from the content`, index + 1);
  return guessed;
}
