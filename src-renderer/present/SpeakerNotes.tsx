import { useState } from 'react';

/** Notes font sizes offered by the A− / A+ buttons, in CSS px. */
const SIZES = [14, 16, 18, 20, 24, 28, 32, 40];

/**
 * The current slide's speaker notes as plain text (the deck stores notes as plain text; React escapes it, so markup
 * in notes shows as typed and never runs), with a font-size control. `dir` and `lang` are the deck's, so Persian
 * notes read from the right.
 */
export function SpeakerNotes({ notes, dir, lang }: { notes: string; dir: 'ltr' | 'rtl'; lang: string }) {
  const [sizeIndex, setSizeIndex] = useState(3);
  const size = SIZES[sizeIndex];
  return (
    <section className="pv-notes" aria-label="Speaker notes">
      <div className="pv-notes-bar">
        <span className="pv-label">Notes</span>
        <button type="button" onMouseDown={(e) => e.preventDefault()} disabled={sizeIndex === 0} onClick={() => setSizeIndex((i) => Math.max(0, i - 1))}>
          A−<span className="visually-hidden"> smaller notes text</span>
        </button>
        <span className="pv-notes-size" aria-live="polite">{size} px</span>
        <button type="button" onMouseDown={(e) => e.preventDefault()} disabled={sizeIndex === SIZES.length - 1} onClick={() => setSizeIndex((i) => Math.min(SIZES.length - 1, i + 1))}>
          A+<span className="visually-hidden"> larger notes text</span>
        </button>
      </div>
      <div className="pv-notes-text" data-testid="notes" dir={dir} lang={lang} style={{ fontSize: `${size}px` }}>
        {notes.trim() === '' ? <span className="pv-muted">No notes for this slide.</span> : notes}
      </div>
    </section>
  );
}
