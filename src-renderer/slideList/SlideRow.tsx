import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Deck, Slide } from '../../src-shared/deck';
import type { SelectMode } from '../store';
import { SlideThumbnail } from '../preview/SlideThumbnail';

export interface SlideRowProps {
  slide: Slide;
  /** 0-based deck index. */
  index: number;
  selected: boolean;
  focused: boolean;
  /** Static markup of the slide's thumbnail (debounced; may lag the live slide by a moment). */
  thumbHtml: string;
  /** Theme, direction and language of the deck (a stable object while those do not change). */
  look: Pick<Deck, 'theme' | 'direction' | 'language' | 'brand'>;
  onSelect: (id: string, mode: SelectMode) => void;
  onKeyNav: (event: KeyboardEvent<HTMLElement>, index: number) => void;
}

/** Plain, Ctrl/Cmd and Shift clicks map to replace, toggle and range selection (PowerPoint's slide sorter). */
export function selectModeOf(e: Pick<MouseEvent, 'shiftKey' | 'ctrlKey' | 'metaKey'>): SelectMode {
  if (e.shiftKey) return 'range';
  if (e.ctrlKey || e.metaKey) return 'toggle';
  return 'replace';
}

/**
 * One row of the slide list: number, thumbnail and caption. A sortable item (@dnd-kit): drag it with the mouse, or
 * press Space to pick it up, arrows to move, Space to drop, Escape to cancel. Memoised: a keystroke in one slide
 * re-renders only that slide's row (props compare by slide object identity).
 */
export const SlideRow = memo(function SlideRow({ slide, index, selected, focused, thumbHtml, look, onSelect, onKeyNav }: SlideRowProps) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: slide.id });
  const caption = slide.title.trim() || `(${slide.layout} slide)`;
  const className = ['slide-row', focused && 'focused', slide.hidden && 'hidden-slide', isDragging && 'dragging'].filter(Boolean).join(' ');
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      role="option"
      aria-selected={selected}
      tabIndex={focused ? 0 : -1}
      id={`slide-row-${slide.id}`}
      data-slide-id={slide.id}
      className={className}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      onClick={(e) => onSelect(slide.id, selectModeOf(e))}
      onKeyDown={(e) => {
        onKeyNav(e, index);
        if (!e.defaultPrevented) listeners?.onKeyDown?.(e);
      }}
    >
      {/* The accessible name comes from the content: "Slide 3: Context (hidden)". */}
      <span className="num">
        <span aria-hidden="true">{index + 1}</span>
        <span className="visually-hidden">{`Slide ${index + 1}: `}</span>
      </span>
      <span>
        <span className="thumb" aria-hidden="true">{thumbHtml && <SlideThumbnail deck={look} sectionHtml={thumbHtml} />}</span>
        <span className="caption">
          {slide.hidden && <span className="hidden-mark" aria-hidden="true">Hidden</span>}
          {caption}
          {slide.hidden && <span className="visually-hidden"> (hidden)</span>}
        </span>
      </span>
    </div>
  );
});
