import { useEffect, useRef } from 'react';
import type { Deck } from '../../src-shared/deck';
import { dispatchPresentation } from './presentCommands';

/** Titles are stored with inline markup (e.g. `**bold**`); the strip shows them as plain text. */
const plainTitle = (title: string): string => title.replace(/[*_`]+/g, '').trim();

/**
 * A strip of every slide (numbered as in the deck; hidden backup slides marked) to jump to any slide with the mouse.
 * The current slide is marked with `aria-current` and scrolled into view. A mouse click does not move the focus, so
 * the presenting keys keep working after it.
 */
export function SlideStrip({ deck, current }: { deck: Deck; current: number }) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [current]);
  return (
    <nav className="pv-strip" aria-label="Slides">
      <ol ref={list}>
        {deck.slides.map((slide, i) => (
          <li key={slide.id}>
            <button
              type="button"
              aria-current={i === current ? 'true' : undefined}
              className={slide.hidden ? 'pv-hidden-slide' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => dispatchPresentation({ type: 'goto', slideIndex: i })}
              title={plainTitle(slide.title)}
            >
              <span className="pv-strip-number">{i + 1}</span>
              <span className="pv-strip-title" dir="auto">{plainTitle(slide.title) || slide.layout}</span>
              {slide.hidden && <span className="pv-strip-hidden">hidden</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
