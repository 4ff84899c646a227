import { memo, useMemo, useRef } from 'react';
import { useElementWidth } from './useElementWidth';
import { useQueuedMount } from './mountQueue';
import type { Deck } from '../../src-shared/deck';
import { SLIDE_WIDTH_PX } from '../slideFrame';
import { staticSlideDocument } from './staticSlideDocument';

export interface SlideThumbnailProps {
  deck: Pick<Deck, 'theme' | 'direction' | 'language'>;
  /** The slide's `<section>` markup (renderSlideHtml output). */
  sectionHtml: string;
}

/**
 * A static picture of one slide: `<iframe sandbox="">` (no scripts, opaque origin) with a `srcdoc` of reveal.js CSS,
 * the theme CSS and the slide markup, scaled (CSS transform) to the width of its box, which fills its parent. Hidden from assistive technology: the caption next to it names the slide.
 * Memoised: it re-renders only when the markup, theme or width changes. Mounts through the mount queue (a few per
 * frame), so opening a deck or scrolling never blocks typing.
 */
export const SlideThumbnail = memo(function SlideThumbnail({ deck, sectionHtml }: SlideThumbnailProps) {
  const { theme, direction, language } = deck;
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const ready = useQueuedMount();
  const doc = useMemo(() => staticSlideDocument({ theme, direction, language }, sectionHtml), [theme, direction, language, sectionHtml]);
  return (
    <div ref={box} className="thumb-box">
    {ready && width > 0 && <iframe
      className="thumb-frame"
      sandbox=""
      srcDoc={doc}
      title="Slide thumbnail"
      aria-hidden="true"
      tabIndex={-1}
      loading="lazy"
      style={{ transform: `scale(${width / SLIDE_WIDTH_PX})` }}
    />}
    </div>
  );
});
