import { useId } from 'react';
import { countWords, formatDuration, speakingSeconds, WORDS_PER_MINUTE } from './speakingTime';

/** Props of {@link NotesPaneView}. */
export interface NotesPaneViewProps {
  /** The selected slide's speaker notes; null when no slide is selected. */
  notes: string | null;
  /** 1-based position of the slide, for the label ("Speaker notes, slide 3"). */
  slideNumber: number | null;
  direction: 'ltr' | 'rtl';
  /** Called on every keystroke with the whole text (the store merges a burst into one undo step). */
  onChange: (notes: string) => void;
}

/**
 * The speaker-notes pane: a textarea for the selected slide's notes, its word count and the estimated speaking time
 * at {@link WORDS_PER_MINUTE} words per minute.
 */
export function NotesPaneView({ notes, slideNumber, direction, onChange }: NotesPaneViewProps) {
  const id = useId();
  if (notes === null) {
    return (
      <section className="bd-notes" aria-label="Speaker notes">
        <p className="bd-hint">Select a slide to write its speaker notes.</p>
      </section>
    );
  }
  const words = countWords(notes);
  const seconds = speakingSeconds(words);
  return (
    <section className="bd-notes" aria-label="Speaker notes">
      <label htmlFor={id} className="bd-label">
        Speaker notes{slideNumber ? `, slide ${slideNumber}` : ''}
      </label>
      <textarea
        id={id}
        name="notes"
        data-field="notes"
        dir={direction}
        value={notes}
        maxLength={100_000}
        placeholder="What to say on this slide (shown in the presenter view and on notes pages)"
        aria-describedby={`${id}-stats`}
        onChange={(e) => onChange(e.target.value)}
      />
      <div id={`${id}-stats`} className="bd-notes-stats">
        <span>
          {words} {words === 1 ? 'word' : 'words'}
        </span>
        <span title={`Estimated at ${WORDS_PER_MINUTE} words per minute`}>about {formatDuration(seconds)} to speak</span>
      </div>
    </section>
  );
}
